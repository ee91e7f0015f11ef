'use strict';

// Reads values in V8's ValueSerializer wire format, versions 13 to 15 (node
// rejects older data: its V8 no longer reads the pre-13 formats). `owner` is
// the public Deserializer: host objects are delegated to its
// `_readHostObject`, as V8 does through node's delegate. Malformed data throws
// "Unable to deserialize cloned data."; errors thrown by the owner's hooks (and
// a bad RegExp pattern's SyntaxError) pass through unchanged, as in V8.

const { LATEST_VERSION, MINIMUM_VERSION, Tag, ViewTag, ErrorTag, RegExpFlag, REGEXP_FLAG_COUNT,
  VIEW_BACKED_BY_RAB, VIEW_LENGTH_TRACKING } = require('internal/v8/wire_format');
const { Kind, kindOf } = require('internal/v8/value_kinds');
const { deserializationError, versionError } = require('internal/v8/serdes_errors');

// Strings up to this length are decoded by a char loop; longer ones in bulk.
const SHORT_STRING = 8;
// Arguments per String.fromCharCode.apply call.
const APPLY_CHUNK = 8192;

// Built-ins captured at load, so user code patching globals or prototypes
// does not change what deserialization builds (V8 uses the originals too).
const defineProperty = Object.defineProperty;
const fromCharCode = String.fromCharCode;
const NativeArray = Array;
const NativeArrayBuffer = ArrayBuffer;
const NativeDate = Date;
const NativeError = Error;
const NativeMap = Map;
const NativeObject = Object;
const NativeRegExp = RegExp;
const NativeSet = Set;
const mapSet = Map.prototype.set;
const setAdd = Set.prototype.add;

// Invalid sequences become U+FFFD and a BOM stays a character, as in V8.
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const scratchDouble = new Float64Array(1);
const scratchDoubleBytes = new Uint8Array(scratchDouble.buffer);

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, '0'));

const VIEW_CONSTRUCTORS = new Map([
  [ViewTag.Int8Array, Int8Array],
  [ViewTag.Uint8Array, Uint8Array],
  [ViewTag.Uint8ClampedArray, Uint8ClampedArray],
  [ViewTag.Int16Array, Int16Array],
  [ViewTag.Uint16Array, Uint16Array],
  [ViewTag.Int32Array, Int32Array],
  [ViewTag.Uint32Array, Uint32Array],
  [ViewTag.Float32Array, Float32Array],
  [ViewTag.Float64Array, Float64Array],
  [ViewTag.BigInt64Array, BigInt64Array],
  [ViewTag.BigUint64Array, BigUint64Array],
  [ViewTag.DataView, DataView],
]);
if (typeof Float16Array === 'function') {
  VIEW_CONSTRUCTORS.set(ViewTag.Float16Array, Float16Array); // eslint-disable-line no-undef
}

const ERROR_CONSTRUCTORS = new Map([
  [ErrorTag.EVAL_ERROR, EvalError],
  [ErrorTag.RANGE_ERROR, RangeError],
  [ErrorTag.REFERENCE_ERROR, ReferenceError],
  [ErrorTag.SYNTAX_ERROR, SyntaxError],
  [ErrorTag.TYPE_ERROR, TypeError],
  [ErrorTag.URI_ERROR, URIError],
]);

// Flag letters in the order RegExp.prototype.flags lists them.
const REGEXP_FLAG_ORDER = 'dgimsuvy';
const BAD_REGEXP_FLAGS = (~((1 << REGEXP_FLAG_COUNT) - 1) | RegExpFlag.l) >>> 0;

function fail() {
  throw deserializationError();
}

function isArrayBufferLike(value) {
  if (typeof value !== 'object' || value === null) return false;
  const kind = kindOf(value);
  return kind === Kind.ARRAY_BUFFER || kind === Kind.SHARED_ARRAY_BUFFER;
}

function decodeLatin1(bytes, start, end) {
  if (end - start <= SHORT_STRING) {
    let str = '';
    for (let i = start; i < end; i++) str += fromCharCode(bytes[i]);
    return str;
  }
  let str = '';
  for (let i = start; i < end; i += APPLY_CHUNK) {
    str += fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + APPLY_CHUNK)));
  }
  return str;
}

function decodeUtf16(bytes, start, end) {
  const units = (end - start) >>> 1;
  const offset = bytes.byteOffset + start;
  if (units <= SHORT_STRING || offset % 2 !== 0) {
    let str = '';
    for (let i = start; i < end; i += 2) str += fromCharCode(bytes[i] | (bytes[i + 1] << 8));
    return str;
  }
  // Aligned (V8 pads for this): read the code units in place.
  const codeUnits = new Uint16Array(bytes.buffer, offset, units);
  let str = '';
  for (let i = 0; i < units; i += APPLY_CHUNK) {
    str += fromCharCode.apply(null, codeUnits.subarray(i, Math.min(units, i + APPLY_CHUNK)));
  }
  return str;
}

class ValueReader {
  constructor(owner, bytes) {
    this.owner = owner;
    this.bytes = bytes; // Uint8Array over the whole input
    this.pos = 0;
    this.end = bytes.length;
    this.version = 0;
    this.objects = [];
    this.nextId = 0;
    this.transfers = null;
  }

  // --- raw bytes ---------------------------------------------------------

  readHeader() {
    const bytes = this.bytes;
    if (this.pos < this.end && bytes[this.pos] === Tag.VERSION) {
      this.pos++;
      const version = this.readVarintOrUndefined();
      if (version === undefined) throw versionError();
      // Kept even when rejected: getWireFormatVersion() reports it.
      this.version = version;
      if (version < MINIMUM_VERSION || version > LATEST_VERSION) throw versionError();
      return;
    }
    // Data without a header is format version 0, which is not read any more.
    throw versionError();
  }

  readTag() {
    const bytes = this.bytes;
    while (this.pos < this.end) {
      const tag = bytes[this.pos++];
      if (tag !== 0) return tag; // 0: Tag.PADDING
    }
    return fail();
  }

  // Next tag without consuming it (padding is consumed); -1 at the end.
  peekTag() {
    const bytes = this.bytes;
    let pos = this.pos;
    while (pos < this.end && bytes[pos] === Tag.PADDING) pos++;
    this.pos = pos;
    return pos < this.end ? bytes[pos] : -1;
  }

  // Up to five bytes, keeping the low 32 bits (V8's uint32 varint reader).
  readVarintOrUndefined() {
    const bytes = this.bytes;
    const end = this.end;
    let pos = this.pos;
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (pos >= end) return undefined;
      const byte = bytes[pos++];
      value = (value | ((byte & 0x7F) << shift)) >>> 0;
      if (byte < 0x80) break;
    }
    this.pos = pos;
    return value;
  }

  readVarint() {
    const bytes = this.bytes;
    const pos = this.pos;
    // Fast path: one byte.
    if (pos < this.end && bytes[pos] < 0x80) {
      this.pos = pos + 1;
      return bytes[pos];
    }
    const value = this.readVarintOrUndefined();
    return value === undefined ? fail() : value;
  }

  // Returns [high, low] 32-bit halves, or undefined when data runs out.
  readVarint64() {
    const bytes = this.bytes;
    let pos = this.pos;
    let value = 0n;
    let shift = 0n;
    for (let i = 0; i < 10; i++) {
      if (pos >= this.end) return undefined;
      const byte = bytes[pos++];
      value |= BigInt(byte & 0x7F) << shift;
      shift += 7n;
      if (byte < 0x80) break;
    }
    this.pos = pos;
    value &= 0xFFFFFFFFFFFFFFFFn;
    return [Number(value >> 32n), Number(value & 0xFFFFFFFFn)];
  }

  readDoubleOrUndefined() {
    const pos = this.pos;
    if (this.end - pos < 8) return undefined;
    const bytes = this.bytes;
    for (let i = 0; i < 8; i++) scratchDoubleBytes[i] = bytes[pos + i];
    this.pos = pos + 8;
    return scratchDouble[0];
  }

  readDouble() {
    const value = this.readDoubleOrUndefined();
    return value === undefined ? fail() : value;
  }

  // Offset of `length` bytes taken from the input, or -1 if there are fewer.
  takeBytes(length) {
    const start = this.pos;
    if (length > this.end - start) return -1;
    this.pos = start + length;
    return start;
  }

  // --- strings and bigints -----------------------------------------------

  readOneByteString() {
    const length = this.readVarint();
    const start = this.takeBytes(length);
    if (start < 0) fail();
    return decodeLatin1(this.bytes, start, start + length);
  }

  readTwoByteString() {
    const byteLength = this.readVarint();
    if (byteLength % 2 !== 0) fail();
    const start = this.takeBytes(byteLength);
    if (start < 0) fail();
    return decodeUtf16(this.bytes, start, start + byteLength);
  }

  readUtf8String() {
    const length = this.readVarint();
    const start = this.takeBytes(length);
    if (start < 0) fail();
    return utf8Decoder.decode(this.bytes.subarray(start, start + length));
  }

  // A string field (RegExp source, String object, Error message/stack).
  readStringField() {
    const value = this.readValue();
    if (typeof value !== 'string') fail();
    return value;
  }

  readBigIntContents() {
    const bitfield = this.readVarint();
    const byteLength = bitfield >>> 1;
    const start = this.takeBytes(byteLength);
    if (start < 0) fail();
    if (byteLength === 0) return 0n;
    const bytes = this.bytes;
    let hex = '0x';
    for (let i = start + byteLength - 1; i >= start; i--) hex += HEX[bytes[i]];
    const magnitude = BigInt(hex);
    return (bitfield & 1) ? -magnitude : magnitude;
  }

  // --- values ------------------------------------------------------------

  register(id, object) {
    this.objects[id] = object;
  }

  readValue() {
    const value = this.readValueInternal();
    // A view follows the buffer it looks into (even a back-referenced one).
    if (typeof value === 'object' && value !== null &&
        this.peekTag() === Tag.ARRAY_BUFFER_VIEW && isArrayBufferLike(value)) {
      this.pos++;
      return this.readView(value);
    }
    return value;
  }

  // Cases are literal bytes (see wire_format.Tag), most frequent first: an
  // interpreter then compares few constants per value.
  readValueInternal() {
    const tag = this.readTag();
    switch (tag) {
      case 0x22: return this.readOneByteString(); // '"' ONE_BYTE_STRING
      case 0x49: { // 'I' INT32, zigzag
        const v = this.readVarint();
        return (v >>> 1) ^ -(v & 1);
      }
      case 0x6F: return this.readObject(); // 'o' BEGIN_JS_OBJECT
      case 0x4E: return this.readDouble(); // 'N' DOUBLE
      case 0x54: return true; // 'T'
      case 0x46: return false; // 'F'
      case 0x5F: return undefined; // '_'
      case 0x30: return null; // '0'
      case 0x41: return this.readDenseArray(); // 'A' BEGIN_DENSE_JS_ARRAY
      case 0x63: return this.readTwoByteString(); // 'c' TWO_BYTE_STRING
      case 0x5C: return this.readHostObject(); // '\\' HOST_OBJECT
      case 0x5E: { // '^' OBJECT_REFERENCE
        const object = this.objects[this.readVarint()];
        return object === undefined ? fail() : object;
      }
      case 0x61: return this.readSparseArray(); // 'a' BEGIN_SPARSE_JS_ARRAY
      case 0x5A: return this.readBigIntContents(); // 'Z' BIGINT
      case 0x44: { // 'D' DATE
        const date = new NativeDate(this.readDouble());
        this.register(this.nextId++, date);
        return date;
      }
      case 0x3B: return this.readMap(); // ';' BEGIN_JS_MAP
      case 0x27: return this.readSet(); // "'" BEGIN_JS_SET
      case 0x72: return this.readError(); // 'r' ERROR
      case 0x52: return this.readRegExp(); // 'R' REGEXP
      case 0x42: return this.readArrayBuffer(false); // 'B' ARRAY_BUFFER
      case 0x7E: return this.readArrayBuffer(true); // '~' RESIZABLE_ARRAY_BUFFER
      case 0x74: return this.readTransferredArrayBuffer(); // 't' ARRAY_BUFFER_TRANSFER
      case 0x55: return this.readVarint(); // 'U' UINT32
      case 0x53: return this.readUtf8String(); // 'S' UTF8_STRING
      case 0x79: return this.registerNew(NativeObject(true)); // 'y' TRUE_OBJECT
      case 0x78: return this.registerNew(NativeObject(false)); // 'x' FALSE_OBJECT
      case 0x6E: { // 'n' NUMBER_OBJECT
        const id = this.nextId++;
        const boxed = NativeObject(this.readDouble());
        this.register(id, boxed);
        return boxed;
      }
      case 0x7A: { // 'z' BIGINT_OBJECT
        const id = this.nextId++;
        const boxed = NativeObject(this.readBigIntContents());
        this.register(id, boxed);
        return boxed;
      }
      case 0x73: { // 's' STRING_OBJECT
        const id = this.nextId++;
        const boxed = NativeObject(this.readStringField());
        this.register(id, boxed);
        return boxed;
      }
      case 0x3F: // '?' VERIFY_OBJECT_COUNT: a count to ignore
        this.readVarint();
        return this.readValue();
      default:
        // Shared array buffers/objects and wasm need a delegate node lacks.
        return fail();
    }
  }

  registerNew(object) {
    this.register(this.nextId++, object);
    return object;
  }

  // Reads key/value pairs up to endTag; returns how many.
  readProperties(object, endTag) {
    let count = 0;
    for (;;) {
      const tag = this.peekTag();
      if (tag === endTag) {
        this.pos++;
        return count;
      }
      if (tag === -1) fail();
      const key = this.readValue();
      if (typeof key !== 'string' && typeof key !== 'number') fail();
      const value = this.readValue();
      if (key === '__proto__') {
        defineProperty(object, key,
                       { value, writable: true, enumerable: true, configurable: true });
      } else {
        object[key] = value;
      }
      count++;
    }
  }

  readObject() {
    const object = {};
    this.register(this.nextId++, object);
    const count = this.readProperties(object, Tag.END_JS_OBJECT);
    if (this.readVarint() !== count) fail();
    return object;
  }

  readSparseArray() {
    const length = this.readVarint();
    const array = new NativeArray(length);
    this.register(this.nextId++, array);
    const count = this.readProperties(array, Tag.END_SPARSE_JS_ARRAY);
    if (this.readVarint() !== count || this.readVarint() !== length) fail();
    return array;
  }

  readDenseArray() {
    const length = this.readVarint();
    // Every element takes at least a byte.
    if (length > this.end - this.pos) fail();
    const array = new NativeArray(length);
    this.register(this.nextId++, array);
    for (let i = 0; i < length; i++) {
      if (this.peekTag() === Tag.THE_HOLE) {
        this.pos++;
        continue;
      }
      array[i] = this.readValue();
    }
    const count = this.readProperties(array, Tag.END_DENSE_JS_ARRAY);
    if (this.readVarint() !== count || this.readVarint() !== length) fail();
    return array;
  }

  readRegExp() {
    const id = this.nextId++;
    const pattern = this.readStringField();
    const bits = this.readVarint();
    if ((bits & BAD_REGEXP_FLAGS) !== 0) fail();
    let flags = '';
    for (let i = 0; i < REGEXP_FLAG_ORDER.length; i++) {
      const letter = REGEXP_FLAG_ORDER[i];
      if (bits & RegExpFlag[letter]) flags += letter;
    }
    // A bad pattern throws the engine's SyntaxError, as in V8.
    const regexp = new NativeRegExp(pattern, flags);
    this.register(id, regexp);
    return regexp;
  }

  readMap() {
    const map = new NativeMap();
    this.register(this.nextId++, map);
    let length = 0;
    for (;;) {
      const tag = this.peekTag();
      if (tag === Tag.END_JS_MAP) {
        this.pos++;
        break;
      }
      if (tag === -1) fail();
      const key = this.readValue();
      const value = this.readValue();
      mapSet.call(map, key, value);
      length += 2;
    }
    if (this.readVarint() !== length) fail();
    return map;
  }

  readSet() {
    const set = new NativeSet();
    this.register(this.nextId++, set);
    let length = 0;
    for (;;) {
      const tag = this.peekTag();
      if (tag === Tag.END_JS_SET) {
        this.pos++;
        break;
      }
      if (tag === -1) fail();
      setAdd.call(set, this.readValue());
      length++;
    }
    if (this.readVarint() !== length) fail();
    return set;
  }

  readArrayBuffer(resizable) {
    const id = this.nextId++;
    const byteLength = this.readVarint();
    let maxByteLength = byteLength;
    if (resizable) {
      maxByteLength = this.readVarint();
      if (byteLength > maxByteLength) fail();
    }
    const start = this.takeBytes(byteLength);
    if (start < 0) fail();
    const buffer = resizable ?
      new NativeArrayBuffer(byteLength, { maxByteLength }) : new NativeArrayBuffer(byteLength);
    if (byteLength > 0) {
      new Uint8Array(buffer).set(this.bytes.subarray(start, start + byteLength));
    }
    this.register(id, buffer);
    return buffer;
  }

  readTransferredArrayBuffer() {
    const id = this.nextId++;
    const transferId = this.readVarint();
    const buffer = this.transfers === null ? undefined : this.transfers.get(transferId);
    if (buffer === undefined) fail();
    this.register(id, buffer);
    return buffer;
  }

  readView(buffer) {
    const bufferLength = buffer.byteLength;
    const subtag = this.readVarint() & 0xFF;
    const byteOffset = this.readVarint();
    const byteLength = this.readVarint();
    if (byteOffset > bufferLength || byteLength > bufferLength - byteOffset) fail();
    const flags = this.version >= 14 ? this.readVarint() : 0; // added in 14
    const id = this.nextId++;
    const Ctor = VIEW_CONSTRUCTORS.get(subtag);
    if (Ctor === undefined) fail();
    const tracking = (flags & VIEW_LENGTH_TRACKING) !== 0;
    const backedByRab = (flags & VIEW_BACKED_BY_RAB) !== 0;
    const resizable = buffer.resizable === true;
    if ((tracking || backedByRab) && !resizable) fail();
    if (resizable && !backedByRab) fail();
    let view;
    if (Ctor === DataView) {
      view = tracking ? new DataView(buffer, byteOffset) :
        new DataView(buffer, byteOffset, byteLength);
    } else {
      const size = Ctor.BYTES_PER_ELEMENT;
      if (byteOffset % size !== 0 || byteLength % size !== 0) fail();
      view = tracking ? new Ctor(buffer, byteOffset) :
        new Ctor(buffer, byteOffset, byteLength / size);
    }
    this.register(id, view);
    return view;
  }

  readError() {
    const id = this.nextId++;
    let Ctor = NativeError;
    let message;
    let options;
    let stack;
    for (let done = false; !done;) {
      const tag = this.readVarint() & 0xFF;
      switch (tag) {
        case ErrorTag.MESSAGE:
          message = this.readStringField();
          break;
        case ErrorTag.CAUSE:
          options = { cause: this.readValue() };
          break;
        case ErrorTag.STACK:
          stack = this.readStringField();
          break;
        case ErrorTag.END:
          done = true;
          break;
        default: {
          const ctor = ERROR_CONSTRUCTORS.get(tag);
          if (ctor === undefined) fail();
          Ctor = ctor;
        }
      }
    }
    // V8 builds the error without collecting a stack trace.
    const limit = NativeError.stackTraceLimit;
    let error;
    try {
      NativeError.stackTraceLimit = 0;
      error = new Ctor(message, options);
    } finally {
      NativeError.stackTraceLimit = limit;
    }
    defineProperty(error, 'stack',
                   { value: stack, writable: true, enumerable: false, configurable: true });
    // Registered only now: an error cannot refer to itself through its cause.
    this.register(id, error);
    return error;
  }

  readHostObject() {
    const owner = this.owner;
    if (typeof owner._readHostObject !== 'function') fail();
    const id = this.nextId++;
    const object = owner._readHostObject();
    if (typeof object !== 'object' || object === null) {
      throw new TypeError('readHostObject must return an object');
    }
    this.register(id, object);
    return object;
  }
}

module.exports = { ValueReader };
