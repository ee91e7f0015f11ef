'use strict';

// DOMException as WebIDL defines it: name, message and code are prototype getters over internal fields (the only
// own property is `stack`), with the legacy code constants on the class and its prototype.
const LEGACY_CODES = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
  InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
  InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
  URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

// The constant names in code order, including the three codes no error name uses any more.
const CONSTANTS = [
  ['INDEX_SIZE_ERR', 1], ['DOMSTRING_SIZE_ERR', 2], ['HIERARCHY_REQUEST_ERR', 3], ['WRONG_DOCUMENT_ERR', 4],
  ['INVALID_CHARACTER_ERR', 5], ['NO_DATA_ALLOWED_ERR', 6], ['NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NOT_FOUND_ERR', 8], ['NOT_SUPPORTED_ERR', 9], ['INUSE_ATTRIBUTE_ERR', 10], ['INVALID_STATE_ERR', 11],
  ['SYNTAX_ERR', 12], ['INVALID_MODIFICATION_ERR', 13], ['NAMESPACE_ERR', 14], ['INVALID_ACCESS_ERR', 15],
  ['VALIDATION_ERR', 16], ['TYPE_MISMATCH_ERR', 17], ['SECURITY_ERR', 18], ['NETWORK_ERR', 19], ['ABORT_ERR', 20],
  ['URL_MISMATCH_ERR', 21], ['QUOTA_EXCEEDED_ERR', 22], ['TIMEOUT_ERR', 23], ['INVALID_NODE_TYPE_ERR', 24],
  ['DATA_CLONE_ERR', 25],
];

const kName = Symbol('name');
const kMessage = Symbol('message');

function invalidThis() {
  const { codes } = require('internal/errors');
  return new codes.ERR_INVALID_THIS('DOMException');
}

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super();
    let name = options;
    if (options !== null && typeof options === 'object') {
      name = 'name' in options ? `${options.name}` : 'Error';
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
      }
    }
    this[kName] = `${name}`;
    this[kMessage] = `${message}`;
    // The stack header is taken now, from the name and message getters.
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this, DOMException);
  }

  get name() {
    if (this === null || typeof this !== 'object' || !(kName in this)) throw invalidThis();
    return this[kName];
  }

  get message() {
    if (this === null || typeof this !== 'object' || !(kMessage in this)) throw invalidThis();
    return this[kMessage];
  }

  get code() {
    if (this === null || typeof this !== 'object' || !(kName in this)) throw invalidThis();
    return LEGACY_CODES[this[kName]] || 0;
  }
}

for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(DOMException.prototype, key, desc);
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const [constant, code] of CONSTANTS) {
  Object.defineProperty(DOMException, constant, { value: code, enumerable: true });
  Object.defineProperty(DOMException.prototype, constant, { value: code, enumerable: true });
}

module.exports = { DOMException };
