'use strict';

// Errors that node's serdes binding and V8 raise from C++. They are plain
// errors (not internal/errors' ERR_* classes): node builds them natively, with
// a `code` own property set after construction, so the stack shows no code.

const functionToString = Function.prototype.toString;

// Instance types V8 names "Object" although their prototypes say otherwise.
const ANONYMOUS_TAGS = new Set([
  '[object Arguments]', '[object Array Iterator]', '[object Map Iterator]',
  '[object Set Iterator]', '[object String Iterator]',
  '[object RegExp String Iterator]', '[object Iterator Helper]',
  '[object Generator]', '[object AsyncGenerator]', '[object Module]',
]);

function constructorName(object) {
  const tag = Object.prototype.toString.call(object);
  if (tag === '[object Symbol]') return null;
  if (ANONYMOUS_TAGS.has(tag)) return 'Object';
  let proto;
  try {
    proto = Object.getPrototypeOf(object);
  } catch {
    return 'Object';
  }
  while (proto !== null) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        typeof desc.value.name === 'string' && desc.value.name !== '') {
      return desc.value.name;
    }
    proto = Object.getPrototypeOf(proto);
  }
  return 'Object';
}

/** What V8 prints for `value` in "… could not be cloned." */
function describeUncloneable(value) {
  if (typeof value === 'function') return functionToString.call(value);
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return String(value);
  const name = constructorName(value);
  return name === null ? Object.prototype.toString.call(value) : `#<${name}>`;
}

function dataCloneMessage(value) {
  return `${describeUncloneable(value)} could not be cloned.`;
}

const DETACHED_MESSAGE = 'An ArrayBuffer is detached and could not be cloned.';

function invalidArgType(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function deserializationError() {
  return new Error('Unable to deserialize cloned data.');
}

function versionError() {
  return new Error(
    'Unable to deserialize cloned data due to invalid or unsupported version.');
}

module.exports = {
  DETACHED_MESSAGE,
  dataCloneMessage,
  describeUncloneable,
  invalidArgType,
  deserializationError,
  versionError,
};
