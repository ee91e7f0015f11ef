'use strict';

// util.types in pure JavaScript. Brand checks call a built-in getter/method that throws on the
// wrong receiver (no side effects); what JS cannot see (Proxy, promise brand, externals) asks the
// optional internalBinding('util') hooks, see internal/util/hooks.js.

const hooks = require('internal/util/hooks');

const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args);
const getter = (proto, name) => Object.getOwnPropertyDescriptor(proto, name).get;

// `fn` throws unless value has the internal slot. Throwing is slow, so ordinary objects of this
// realm (Object.prototype in the chain) are checked only when `proto` is in their chain or their
// tag matches; null-prototype and cross-realm objects always get the real check.
function brand(fn, proto, tag) {
  const tagString = `[object ${tag}]`;
  return (value) => {
    if (value === null || typeof value !== 'object') return false;
    if (!proto.isPrototypeOf(value) && Object.prototype.isPrototypeOf(value) &&
        Object.prototype.toString.call(value) !== tagString) {
      return false;
    }
    try {
      fn(value);
      return true;
    } catch {
      return false;
    }
  };
}

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = uncurry(getter(TypedArrayProto, Symbol.toStringTag));
const mapSize = uncurry(getter(Map.prototype, 'size'));
const setSize = uncurry(getter(Set.prototype, 'size'));
const arrayBufferByteLength = uncurry(getter(ArrayBuffer.prototype, 'byteLength'));
const dataViewByteLength = uncurry(getter(DataView.prototype, 'byteLength'));
const regExpSource = uncurry(getter(RegExp.prototype, 'source'));

const isMap = brand(mapSize, Map.prototype, 'Map');
const isSet = brand(setSize, Set.prototype, 'Set');
const isWeakMap = brand((v) => WeakMap.prototype.has.call(v, isMap), WeakMap.prototype, 'WeakMap');
const isWeakSet = brand((v) => WeakSet.prototype.has.call(v, isMap), WeakSet.prototype, 'WeakSet');
const isDate = brand((v) => Date.prototype.getTime.call(v), Date.prototype, 'Date');
const isRegExpBrand = brand(regExpSource, RegExp.prototype, 'RegExp');
const isRegExp = (v) => v !== RegExp.prototype && isRegExpBrand(v);
const isArrayBuffer = brand(arrayBufferByteLength, ArrayBuffer.prototype, 'ArrayBuffer');
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function' ?
  brand(uncurry(getter(SharedArrayBuffer.prototype, 'byteLength')), SharedArrayBuffer.prototype, 'SharedArrayBuffer') :
  () => false;
const isDataView = brand(dataViewByteLength, DataView.prototype, 'DataView');
const isNumberObject = brand((v) => Number.prototype.valueOf.call(v), Number.prototype, 'Number');
const isStringObject = brand((v) => String.prototype.valueOf.call(v), String.prototype, 'String');
const isBooleanObject = brand((v) => Boolean.prototype.valueOf.call(v), Boolean.prototype, 'Boolean');
const isBigIntObject = brand((v) => BigInt.prototype.valueOf.call(v), BigInt.prototype, 'BigInt');
const isSymbolObject = brand((v) => Symbol.prototype.valueOf.call(v), Symbol.prototype, 'Symbol');

function isTypedArray(value) {
  return ArrayBuffer.isView(value) && typedArrayTag(value) !== undefined;
}

function typedArrayCheck(name) {
  return (value) => ArrayBuffer.isView(value) && typedArrayTag(value) === name;
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

// The built-in toString tag is the engine's brand unless Symbol.toStringTag overrides it.
function builtinTag(value) {
  if (value === null || typeof value !== 'object') return '';
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    return '';
  }
  if (tag !== undefined) return '';
  return Object.prototype.toString.call(value).slice(8, -1);
}

function isNativeError(value) {
  if (typeof Error.isError === 'function') return Error.isError(value);
  if (value === null || typeof value !== 'object') return false;
  if (builtinTag(value) === 'Error') return true;
  // A Symbol.toStringTag hides the brand; fall back to the prototype chain.
  return value instanceof Error && Object.prototype.hasOwnProperty.call(value, 'stack');
}

function isArgumentsObject(value) {
  return builtinTag(value) === 'Arguments';
}

const GeneratorFunction = Object.getPrototypeOf(function* () {});
const AsyncFunction = Object.getPrototypeOf(async function () {});
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {});
const GeneratorPrototype = GeneratorFunction.prototype;
const MapIteratorPrototype = Object.getPrototypeOf(new Map().entries());
const SetIteratorPrototype = Object.getPrototypeOf(new Set().entries());

function fnTag(fn) {
  const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(fn) || {}, Symbol.toStringTag);
  return desc !== undefined ? desc.value : undefined;
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === GeneratorFunction || proto === AsyncGeneratorFunction) return true;
  const tag = fnTag(value);
  return tag === 'GeneratorFunction' || tag === 'AsyncGeneratorFunction';
}

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === AsyncFunction || proto === AsyncGeneratorFunction) return true;
  const tag = fnTag(value);
  return tag === 'AsyncFunction' || tag === 'AsyncGeneratorFunction';
}

function isGeneratorObject(value) {
  return value !== null && typeof value === 'object' && GeneratorPrototype.isPrototypeOf(value) &&
    value !== GeneratorPrototype.prototype;
}

function isMapIterator(value) {
  return value !== null && typeof value === 'object' && value !== MapIteratorPrototype &&
    MapIteratorPrototype.isPrototypeOf(value);
}

function isSetIterator(value) {
  return value !== null && typeof value === 'object' && value !== SetIteratorPrototype &&
    SetIteratorPrototype.isPrototypeOf(value);
}

function isPromise(value) {
  if (value === null || typeof value !== 'object') return false;
  const b = hooks.get();
  if (typeof b.getPromiseDetails === 'function') return b.getPromiseDetails(value) !== undefined;
  return builtinTag(value) === 'Promise' || value instanceof Promise;
}

function isProxy(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  const b = hooks.get();
  if (typeof b.getProxyDetails === 'function') return b.getProxyDetails(value, false) !== undefined;
  return false;
}

function isModuleNamespaceObject(value) {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== null) return false;
  const desc = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.writable && !desc.configurable &&
    !Object.isExtensible(value);
}

module.exports = {
  isExternal: () => false,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView: (value) => ArrayBuffer.isView(value),
  isTypedArray,
  isUint8Array: typedArrayCheck('Uint8Array'),
  isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
  isUint16Array: typedArrayCheck('Uint16Array'),
  isUint32Array: typedArrayCheck('Uint32Array'),
  isInt8Array: typedArrayCheck('Int8Array'),
  isInt16Array: typedArrayCheck('Int16Array'),
  isInt32Array: typedArrayCheck('Int32Array'),
  isFloat16Array: typedArrayCheck('Float16Array'),
  isFloat32Array: typedArrayCheck('Float32Array'),
  isFloat64Array: typedArrayCheck('Float64Array'),
  isBigInt64Array: typedArrayCheck('BigInt64Array'),
  isBigUint64Array: typedArrayCheck('BigUint64Array'),
  isKeyObject: () => false,
  isCryptoKey: () => false,
};

// Internal extras used by inspect (not part of util.types).
Object.defineProperty(module.exports, 'typedArrayTag', { value: typedArrayTag, enumerable: false });
