'use strict';

// Byte values of V8's ValueSerializer wire format (the format `v8.serialize`
// writes). Numbers, not strings, so the hot paths compare small integers.

const LATEST_VERSION = 15;
// Oldest version node's V8 still reads.
const MINIMUM_VERSION = 13;

const Tag = Object.freeze({
  VERSION: 0xFF,
  PADDING: 0x00,
  VERIFY_OBJECT_COUNT: 0x3F, // '?'
  THE_HOLE: 0x2D, // '-'
  UNDEFINED: 0x5F, // '_'
  NULL: 0x30, // '0'
  TRUE: 0x54, // 'T'
  FALSE: 0x46, // 'F'
  INT32: 0x49, // 'I'
  UINT32: 0x55, // 'U'
  DOUBLE: 0x4E, // 'N'
  BIGINT: 0x5A, // 'Z'
  UTF8_STRING: 0x53, // 'S'
  ONE_BYTE_STRING: 0x22, // '"'
  TWO_BYTE_STRING: 0x63, // 'c'
  OBJECT_REFERENCE: 0x5E, // '^'
  BEGIN_JS_OBJECT: 0x6F, // 'o'
  END_JS_OBJECT: 0x7B, // '{'
  BEGIN_SPARSE_JS_ARRAY: 0x61, // 'a'
  END_SPARSE_JS_ARRAY: 0x40, // '@'
  BEGIN_DENSE_JS_ARRAY: 0x41, // 'A'
  END_DENSE_JS_ARRAY: 0x24, // '$'
  DATE: 0x44, // 'D'
  TRUE_OBJECT: 0x79, // 'y'
  FALSE_OBJECT: 0x78, // 'x'
  NUMBER_OBJECT: 0x6E, // 'n'
  BIGINT_OBJECT: 0x7A, // 'z'
  STRING_OBJECT: 0x73, // 's'
  REGEXP: 0x52, // 'R'
  BEGIN_JS_MAP: 0x3B, // ';'
  END_JS_MAP: 0x3A, // ':'
  BEGIN_JS_SET: 0x27, // '\''
  END_JS_SET: 0x2C, // ','
  ARRAY_BUFFER: 0x42, // 'B'
  RESIZABLE_ARRAY_BUFFER: 0x7E, // '~'
  ARRAY_BUFFER_TRANSFER: 0x74, // 't'
  ARRAY_BUFFER_VIEW: 0x56, // 'V'
  SHARED_ARRAY_BUFFER: 0x75, // 'u'
  SHARED_OBJECT: 0x70, // 'p'
  WASM_MODULE_TRANSFER: 0x77, // 'w'
  HOST_OBJECT: 0x5C, // '\\'
  WASM_MEMORY_TRANSFER: 0x6D, // 'm'
  ERROR: 0x72, // 'r'
});

// Sub-tags of Tag.ARRAY_BUFFER_VIEW, keyed by the typed array's name.
const ViewTag = Object.freeze({
  Int8Array: 0x62, // 'b'
  Uint8Array: 0x42, // 'B'
  Uint8ClampedArray: 0x43, // 'C'
  Int16Array: 0x77, // 'w'
  Uint16Array: 0x57, // 'W'
  Int32Array: 0x64, // 'd'
  Uint32Array: 0x44, // 'D'
  Float16Array: 0x68, // 'h'
  Float32Array: 0x66, // 'f'
  Float64Array: 0x46, // 'F'
  BigInt64Array: 0x71, // 'q'
  BigUint64Array: 0x51, // 'Q'
  DataView: 0x3F, // '?'
});

// Sub-tags inside Tag.ERROR.
const ErrorTag = Object.freeze({
  EVAL_ERROR: 0x45, // 'E'
  RANGE_ERROR: 0x52, // 'R'
  REFERENCE_ERROR: 0x46, // 'F'
  SYNTAX_ERROR: 0x53, // 'S'
  TYPE_ERROR: 0x54, // 'T'
  URI_ERROR: 0x55, // 'U'
  MESSAGE: 0x6D, // 'm'
  CAUSE: 0x63, // 'c'
  STACK: 0x73, // 's'
  END: 0x2E, // '.'
});

// JSRegExp flag bits, in V8's order.
const RegExpFlag = Object.freeze({
  g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, l: 64, d: 128, v: 256,
});
const REGEXP_FLAG_COUNT = 9;

// JSArrayBufferView flag bits (format version >= 14).
const VIEW_LENGTH_TRACKING = 1;
const VIEW_BACKED_BY_RAB = 2;

module.exports = {
  LATEST_VERSION,
  MINIMUM_VERSION,
  Tag,
  ViewTag,
  ErrorTag,
  RegExpFlag,
  REGEXP_FLAG_COUNT,
  VIEW_LENGTH_TRACKING,
  VIEW_BACKED_BY_RAB,
};
