'use strict';

// Classifies objects the way V8's serializer sees them (by internal slots, not
// by prototype chains), using only standard JS brand checks so it runs on any
// engine. The common cases (plain objects, arrays) are decided by prototype
// identity without any brand check.

const Kind = Object.freeze({
  OBJECT: 0,
  ARRAY: 1,
  DATE: 2,
  REGEXP: 3,
  MAP: 4,
  SET: 5,
  ARRAY_BUFFER: 6,
  SHARED_ARRAY_BUFFER: 7,
  VIEW: 8,
  ERROR: 9,
  BOOLEAN_OBJECT: 10,
  NUMBER_OBJECT: 11,
  STRING_OBJECT: 12,
  BIGINT_OBJECT: 13,
  UNCLONEABLE: 14,
});

const ObjectProto = Object.prototype;
const ArrayProto = Array.prototype;
const objectToString = ObjectProto.toString;
const hasOwn = ObjectProto.hasOwnProperty;
const getPrototypeOf = Object.getPrototypeOf;
const isArray = Array.isArray;
const isView = ArrayBuffer.isView;

const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;
const typedArrayTagGetter =
  getter(getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const dateGetTime = Date.prototype.getTime;
const booleanValueOf = Boolean.prototype.valueOf;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const bigIntValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const nativeIsError = typeof Error.isError === 'function' ? Error.isError : undefined;

function passes(check, value) {
  try {
    check.call(value);
    return true;
  } catch {
    return false;
  }
}

// Built-ins whose V8 instance type is not cloneable although their tag is not
// one of the cloneable ones; anything else unknown is serialized as an object.
const UNCLONEABLE_TAGS = new Set([
  '[object Promise]', '[object WeakMap]', '[object WeakSet]', '[object WeakRef]',
  '[object FinalizationRegistry]', '[object Arguments]', '[object Generator]',
  '[object AsyncGenerator]', '[object Array Iterator]', '[object Map Iterator]',
  '[object Set Iterator]', '[object String Iterator]',
  '[object RegExp String Iterator]', '[object Iterator Helper]', '[object Module]',
  '[object Symbol]',
]);

// Uncloneable built-ins found by prototype and brand when a custom
// Symbol.toStringTag hides them. (A Promise has no side-effect-free brand
// check; its prototype has to do.)
const PROBE_KEY = {};
const UNCLONEABLE_BRANDS = [
  [WeakMap.prototype, (v) => WeakMap.prototype.has.call(v, PROBE_KEY)],
  [WeakSet.prototype, (v) => WeakSet.prototype.has.call(v, PROBE_KEY)],
  [Promise.prototype, () => true],
];
if (typeof WeakRef === 'function') {
  UNCLONEABLE_BRANDS.push([WeakRef.prototype, (v) => WeakRef.prototype.deref.call(v)]);
}
if (typeof FinalizationRegistry === 'function') {
  UNCLONEABLE_BRANDS.push([FinalizationRegistry.prototype,
    (v) => FinalizationRegistry.prototype.unregister.call(v, PROBE_KEY)]);
}

function hasUncloneableBrand(value) {
  for (const [proto, check] of UNCLONEABLE_BRANDS) {
    if (proto.isPrototypeOf(value)) {
      try {
        check(value);
        return true;
      } catch {
        return false;
      }
    }
  }
  return false;
}

const regExpSource = getter(RegExp.prototype, 'source');

function isRegExp(value) {
  // The `source` getter checks the [[OriginalSource]] slot; only
  // RegExp.prototype itself is let through without one.
  return value !== RegExp.prototype && passes(regExpSource, value);
}

function isError(value) {
  if (nativeIsError !== undefined) return nativeIsError(value);
  return objectToString.call(value) === '[object Error]';
}

/** Kind of a non-null object or function value. */
function kindOf(value) {
  if (typeof value === 'function') return Kind.UNCLONEABLE;
  const proto = getPrototypeOf(value);
  if (proto === ObjectProto || proto === null) {
    // Hot path: no brand checks. Only an arguments object (which has an own
    // `callee`) is told apart; an Error re-parented onto Object.prototype or
    // null is taken for a plain object.
    if (hasOwn.call(value, 'callee') &&
        objectToString.call(value) === '[object Arguments]') {
      return Kind.UNCLONEABLE;
    }
    return Kind.OBJECT;
  }
  if (proto === ArrayProto) return Kind.ARRAY;
  if (isView(value)) return Kind.VIEW;
  if (isArray(value)) {
    // A Proxy of an array also answers true; it cannot be told apart here.
    return Kind.ARRAY;
  }
  const tag = objectToString.call(value);
  switch (tag) {
    case '[object Date]':
      if (passes(dateGetTime, value)) return Kind.DATE;
      break;
    case '[object RegExp]':
      if (isRegExp(value)) return Kind.REGEXP;
      break;
    case '[object Map]':
      if (passes(mapSize, value)) return Kind.MAP;
      break;
    case '[object Set]':
      if (passes(setSize, value)) return Kind.SET;
      break;
    case '[object ArrayBuffer]':
      if (passes(arrayBufferByteLength, value)) return Kind.ARRAY_BUFFER;
      break;
    case '[object SharedArrayBuffer]':
      if (sharedArrayBufferByteLength !== undefined &&
          passes(sharedArrayBufferByteLength, value)) {
        return Kind.SHARED_ARRAY_BUFFER;
      }
      break;
    case '[object Error]':
      if (isError(value)) return Kind.ERROR;
      break;
    case '[object Boolean]':
      if (passes(booleanValueOf, value)) return Kind.BOOLEAN_OBJECT;
      break;
    case '[object Number]':
      if (passes(numberValueOf, value)) return Kind.NUMBER_OBJECT;
      break;
    case '[object String]':
      if (passes(stringValueOf, value)) return Kind.STRING_OBJECT;
      break;
    case '[object BigInt]':
      if (bigIntValueOf !== undefined && passes(bigIntValueOf, value)) {
        return Kind.BIGINT_OBJECT;
      }
      break;
    default:
      if (UNCLONEABLE_TAGS.has(tag) || tag.startsWith('[object Intl.')) {
        return Kind.UNCLONEABLE;
      }
  }
  if (isError(value)) return Kind.ERROR;
  if (hasUncloneableBrand(value)) return Kind.UNCLONEABLE;
  return Kind.OBJECT;
}

/** 'Uint8Array' etc. for typed arrays, 'DataView' for data views. */
function viewTypeName(view) {
  return typedArrayTagGetter.call(view) || 'DataView';
}

module.exports = { Kind, kindOf, viewTypeName };
