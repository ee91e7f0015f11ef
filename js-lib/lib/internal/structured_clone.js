'use strict';

// structuredClone() with V8's serializer semantics, done as a direct graph copy: shared and circular references
// are kept, prototypes other than the built-ins are dropped, functions/symbols/platform objects throw a
// DataCloneError. ArrayBuffers in `transfer` are moved (the original is detached when the engine can).

function dataCloneError(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'DataCloneError');
}

function describe(value) {
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (typeof value === 'symbol') return value.toString();
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return `#<${value?.constructor?.name ?? tag}>`;
}

const ERROR_TYPES = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function errorPrototypeName(err) {
  for (let proto = Object.getPrototypeOf(err); proto !== null; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, 'name') && ERROR_TYPES[proto.name] !== undefined &&
      proto === ERROR_TYPES[proto.name].prototype) {
      return proto.name;
    }
  }
  return 'Error';
}

const TYPED_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array];
if (typeof Float16Array === 'function') TYPED_ARRAYS.push(Float16Array);

function typedArrayConstructor(view) {
  for (const C of TYPED_ARRAYS) if (view instanceof C) return C;
  return Object.getPrototypeOf(Object.getPrototypeOf(view)).constructor === Object ? null : view.constructor;
}

function cloneGraph(root, transferred) {
  const memory = new Map();

  function cloneBuffer(buffer) {
    if (transferred.has(buffer)) return transferred.get(buffer);
    return buffer.slice(0);
  }

  function clone(value) {
    const type = typeof value;
    if (value === null || (type !== 'object' && type !== 'function' && type !== 'symbol')) return value;
    if (type === 'function' || type === 'symbol') throw dataCloneError(`${describe(value)} could not be cloned.`);
    if (memory.has(value)) return memory.get(value);
    const tag = Object.prototype.toString.call(value);
    let out;
    switch (tag) {
      case '[object Boolean]': out = Object(Boolean.prototype.valueOf.call(value)); break;
      case '[object Number]': out = Object(Number.prototype.valueOf.call(value)); break;
      case '[object String]': out = Object(String.prototype.valueOf.call(value)); break;
      case '[object BigInt]': out = Object(BigInt.prototype.valueOf.call(value)); break;
      case '[object Date]': out = new Date(Date.prototype.getTime.call(value)); break;
      case '[object RegExp]': out = new RegExp(value.source, value.flags); break;
      case '[object ArrayBuffer]': out = cloneBuffer(value); break;
      case '[object SharedArrayBuffer]': out = value; break;
      default: break;
    }
    if (out !== undefined) {
      memory.set(value, out);
      return out;
    }
    if (ArrayBuffer.isView(value)) {
      const buffer = clone(value.buffer);
      if (value instanceof DataView) {
        out = new DataView(buffer, value.byteOffset, value.byteLength);
      } else {
        const C = typedArrayConstructor(value);
        out = new C(buffer, value.byteOffset, value.length);
      }
      memory.set(value, out);
      return out;
    }
    if (value instanceof Map) {
      out = new Map();
      memory.set(value, out);
      for (const [k, v] of value) out.set(clone(k), clone(v));
      return out;
    }
    if (value instanceof Set) {
      out = new Set();
      memory.set(value, out);
      for (const v of value) out.add(clone(v));
      return out;
    }
    if (value instanceof Error || tag === '[object Error]') {
      const name = errorPrototypeName(value);
      out = Object.create(ERROR_TYPES[name].prototype);
      memory.set(value, out);
      const define = (key, v) => Object.defineProperty(out, key, { value: v, writable: true, configurable: true });
      const messageDesc = Object.getOwnPropertyDescriptor(value, 'message');
      if (messageDesc !== undefined && 'value' in messageDesc) define('message', `${messageDesc.value}`);
      if (typeof value.stack === 'string') define('stack', value.stack);
      if (Object.prototype.hasOwnProperty.call(value, 'cause')) define('cause', clone(value.cause));
      return out;
    }
    if (tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]' ||
      tag === '[object WeakRef]' || (typeof value[Symbol.for('nodejs.worker_threads.kTransfer')] === 'function')) {
      throw dataCloneError(`${describe(value)} could not be cloned.`);
    }
    if (Array.isArray(value)) {
      out = new Array(value.length);
    } else {
      const { Blob } = require('buffer');
      if (value instanceof Blob) {
        out = value.slice(0, value.size, value.type);
        memory.set(value, out);
        return out;
      }
      out = {};
    }
    memory.set(value, out);
    for (const key of Object.keys(value)) {
      out[key] = clone(value[key]);
    }
    return out;
  }

  return clone(root);
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  const transferred = new Map();
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      const err = new TypeError('The "options" argument must be of type object.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    const list = options.transfer;
    if (list !== undefined) {
      if (list === null || typeof list[Symbol.iterator] !== 'function') {
        const err = new TypeError('Optional transferList argument must be an iterable');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      for (const item of list) {
        if (!(item instanceof ArrayBuffer)) throw dataCloneError(`${describe(item)} could not be transferred.`);
        if (transferred.has(item)) throw dataCloneError('An ArrayBuffer is duplicated in the transfer list.');
        transferred.set(item, null);
      }
    }
  }
  for (const buffer of transferred.keys()) {
    // ArrayBuffer.prototype.transfer moves the bytes and detaches the original, as a real transfer does.
    transferred.set(buffer, typeof buffer.transfer === 'function' ? buffer.transfer() : buffer.slice(0));
  }
  return cloneGraph(value, transferred);
}

module.exports = { structuredClone };
