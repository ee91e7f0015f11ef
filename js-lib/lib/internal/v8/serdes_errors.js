'use strict';

// Errors that node's serdes binding and V8 raise from C++. They are plain
// errors (not internal/errors' ERR_* classes): node builds them natively, with
// a `code` own property set after construction, so the stack shows no code.

const functionToString = Function.prototype.toString;
const objectToString = Object.prototype.toString;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const getPrototypeOf = Object.getPrototypeOf;

// A data property found along the prototype chain, without running getters
// (an accessor counts as absent), like V8's GetDataProperty.
function dataProperty(object, key) {
  for (let o = object; o !== null; o = getPrototypeOf(o)) {
    const desc = getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

// V8's side-effect-free description of an object: "#<Ctor>" when it uses
// Object.prototype.toString and has a named constructor, else "[object Tag]".
function describeObject(object) {
  if (dataProperty(object, 'toString') === objectToString) {
    const ctor = dataProperty(object, 'constructor');
    if (typeof ctor === 'function') {
      const name = dataProperty(ctor, 'name');
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  const tag = dataProperty(object, Symbol.toStringTag);
  if (typeof tag === 'string') return `[object ${tag}]`;
  return objectToString.call(object);
}

/** What V8 prints for `value` in "… could not be cloned." */
function describeUncloneable(value) {
  if (typeof value === 'function') return functionToString.call(value);
  if (typeof value === 'symbol') return value.toString();
  if (value === null || typeof value !== 'object') return String(value);
  try {
    return describeObject(value);
  } catch {
    return objectToString.call(value);
  }
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
