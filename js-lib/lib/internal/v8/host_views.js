'use strict';

// The type indices node's DefaultSerializer writes in front of an
// ArrayBufferView host object, and the constructors they are read back as.

const { Buffer } = require('buffer');

const BUFFER_INDEX = 10;

const INDEX_BY_TYPE = new Map([
  ['Int8Array', 0],
  ['Uint8Array', 1],
  ['Uint8ClampedArray', 2],
  ['Int16Array', 3],
  ['Uint16Array', 4],
  ['Int32Array', 5],
  ['Uint32Array', 6],
  ['Float32Array', 7],
  ['Float64Array', 8],
  ['DataView', 9],
  // 10 is Buffer.
  ['BigInt64Array', 11],
  ['BigUint64Array', 12],
  ['Float16Array', 13],
]);

const TYPE_BY_INDEX = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, DataView,
  Buffer, BigInt64Array, BigUint64Array,
  typeof Float16Array === 'function' ? Float16Array : undefined, // eslint-disable-line no-undef
];

/** Index for a view (typeName as from value_kinds.viewTypeName), or -1. */
function indexOfView(view, typeName) {
  if (view.constructor === Buffer) return BUFFER_INDEX;
  const index = INDEX_BY_TYPE.get(typeName);
  return index === undefined ? -1 : index;
}

function viewConstructorOf(index) {
  return TYPE_BY_INDEX[index];
}

module.exports = { indexOfView, viewConstructorOf };
