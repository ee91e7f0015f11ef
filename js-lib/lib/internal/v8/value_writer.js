'use strict';

// Writes values in V8's ValueSerializer wire format into a growable Buffer.
// `owner` is the public Serializer: host objects, clone errors and shared
// array buffer ids are delegated to its (overridable) methods, as V8 does
// through node's serializer delegate.

const { Buffer } = require('buffer');
const { Tag, ViewTag, ErrorTag, RegExpFlag, VIEW_BACKED_BY_RAB, VIEW_LENGTH_TRACKING } =
  require('internal/v8/wire_format');
const { Kind, kindOf, viewTypeName } = require('internal/v8/value_kinds');
const { DETACHED_MESSAGE, dataCloneMessage } = require('internal/v8/serdes_errors');

const INITIAL_CAPACITY = 64;
// Strings up to this length are written optimistically as one-byte; longer
// ones are scanned first (one regexp test, native in every engine).
const SHORT_STRING = 32;
const NOT_ONE_BYTE = /[^\u0000-\u00ff]/;

const hasOwn = Object.prototype.hasOwnProperty;
const objectKeys = Object.keys;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;
const dateGetTime = Date.prototype.getTime;
const booleanValueOf = Boolean.prototype.valueOf;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const bigIntValueOf = BigInt.prototype.valueOf;
const regExpSource = getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regExpFlags = getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;

// Scratch space for output: where Buffer.allocUnsafe takes small blocks from
// a pool (node), that is far cheaper than a fresh off-heap Uint8Array; where
// it does not (a JS Buffer), a plain Uint8Array skips the Buffer wrapping.
const pooled = Buffer.allocUnsafe(1).buffer.byteLength > 1;
const allocBytes = pooled ? (size) => Buffer.allocUnsafe(size) : (size) => new Uint8Array(size);

const EMPTY = new Uint8Array(0);

const scratchDouble = new Float64Array(1);
const scratchDoubleBytes = new Uint8Array(scratchDouble.buffer);

// The host's Proxy test (internalBinding('util').getProxyDetails), when it
// has one: JS alone cannot tell a Proxy from its target. null: none.
let proxyDetails;

function isProxy(object) {
  if (proxyDetails === undefined) {
    const fn = require('internal/util/hooks').get().getProxyDetails;
    proxyDetails = typeof fn === 'function' ? fn : null;
  }
  return proxyDetails !== null && proxyDetails(object, false) !== undefined;
}

// V8 stores integers in this range as Smis and writes them as kInt32.
function isSmi(n) {
  return (n | 0) === n && (n !== 0 || 1 / n > 0);
}

function isDetached(buffer) {
  if (typeof buffer.detached === 'boolean') return buffer.detached;
  try {
    new Uint8Array(buffer); // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
}

function varintSize(value) {
  let size = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 128);
    size++;
  }
  return size;
}

class ValueWriter {
  constructor(owner) {
    this.owner = owner;
    this.buf = allocBytes(INITIAL_CAPACITY);
    this.pos = 0;
    this.ids = new Map();
    this.nextId = 0;
    this.transfers = null;
    this.viewsAsHostObjects = false;
  }

  // --- raw bytes ---------------------------------------------------------

  reserve(bytes) {
    if (this.pos + bytes > this.buf.length) this.grow(bytes);
  }

  grow(bytes) {
    const capacity = Math.max(this.pos + bytes, this.buf.length * 2) + 64;
    const next = allocBytes(capacity);
    next.set(this.buf.subarray(0, this.pos), 0);
    this.buf = next;
  }

  // The bytes written so far as a Buffer, and starts afresh. `exact` (the
  // public releaseBuffer) gives the Buffer an ArrayBuffer of its own length,
  // as node does; otherwise it may be a view into a larger block.
  release(exact) {
    const buf = this.buf;
    const length = this.pos;
    // Nothing is allocated until more is written: most serializers are
    // released once and dropped.
    this.buf = EMPTY;
    this.pos = 0;
    if (exact && (buf.byteOffset !== 0 || buf.buffer.byteLength !== length)) {
      const out = new Uint8Array(new ArrayBuffer(length));
      out.set(new Uint8Array(buf.buffer, buf.byteOffset, length));
      return Buffer.from(out.buffer, 0, length);
    }
    // Buffer.from, not subarray: a Buffer's subarray goes through the species
    // constructor, which is slow where Buffer is a JS polyfill.
    return Buffer.from(buf.buffer, buf.byteOffset, length);
  }

  writeTag(tag) {
    if (this.pos >= this.buf.length) this.grow(1);
    this.buf[this.pos++] = tag;
  }

  // Unsigned integer below 2 ** 32 as a base-128 varint.
  writeVarint(value) {
    if (this.pos + 5 > this.buf.length) this.grow(5);
    const buf = this.buf;
    let pos = this.pos;
    while (value >= 0x80) {
      buf[pos++] = (value & 0x7F) | 0x80;
      value >>>= 7;
    }
    buf[pos++] = value;
    this.pos = pos;
  }

  // Unsigned 64-bit integer given as its high and low 32-bit halves.
  writeVarint64(hi, lo) {
    this.reserve(10);
    const buf = this.buf;
    let pos = this.pos;
    while (hi !== 0 || lo >= 0x80) {
      buf[pos++] = (lo & 0x7F) | 0x80;
      lo = ((lo >>> 7) | ((hi & 0x7F) << 25)) >>> 0;
      hi >>>= 7;
    }
    buf[pos++] = lo;
    this.pos = pos;
  }

  writeDouble(value) {
    if (this.pos + 8 > this.buf.length) this.grow(8);
    scratchDouble[0] = value;
    const buf = this.buf;
    const pos = this.pos;
    for (let i = 0; i < 8; i++) buf[pos + i] = scratchDoubleBytes[i];
    this.pos = pos + 8;
  }

  writeBytes(bytes) {
    const length = bytes.length;
    this.reserve(length);
    this.buf.set(bytes, this.pos);
    this.pos += length;
  }

  // --- primitives --------------------------------------------------------

  writeNumber(n) {
    if (isSmi(n)) {
      this.writeTag(Tag.INT32);
      this.writeVarint(((n << 1) ^ (n >> 31)) >>> 0);
    } else {
      this.writeTag(Tag.DOUBLE);
      this.writeDouble(n);
    }
  }

  writeString(str) {
    const length = str.length;
    if (length <= SHORT_STRING) {
      // Optimistically one-byte; rewind to two-byte on the first wide char.
      const start = this.pos;
      this.reserve(length + 2);
      const buf = this.buf;
      buf[start] = Tag.ONE_BYTE_STRING;
      buf[start + 1] = length;
      let pos = start + 2;
      for (let i = 0; i < length; i++) {
        const c = str.charCodeAt(i);
        if (c > 0xFF) {
          this.pos = start;
          this.writeTwoByteString(str);
          return;
        }
        buf[pos++] = c;
      }
      this.pos = pos;
      return;
    }
    if (NOT_ONE_BYTE.test(str)) {
      this.writeTwoByteString(str);
      return;
    }
    this.writeTag(Tag.ONE_BYTE_STRING);
    this.writeVarint(length);
    this.reserve(length);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < length; i++) buf[pos++] = str.charCodeAt(i);
    this.pos = pos;
  }

  writeTwoByteString(str) {
    const byteLength = str.length * 2;
    // V8's reader wants the UTF-16 payload 2-aligned in the whole buffer.
    if ((this.pos + 1 + varintSize(byteLength)) & 1) this.writeTag(Tag.PADDING);
    this.writeTag(Tag.TWO_BYTE_STRING);
    this.writeVarint(byteLength);
    this.reserve(byteLength);
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      buf[pos++] = c & 0xFF;
      buf[pos++] = c >>> 8;
    }
    this.pos = pos;
  }

  writeBigIntContents(value) {
    const negative = value < 0n;
    const magnitude = negative ? -value : value;
    if (magnitude === 0n) {
      this.writeVarint(0);
      return;
    }
    let hex = magnitude.toString(16);
    const byteLength = Math.ceil(hex.length / 16) * 8;
    hex = hex.padStart(byteLength * 2, '0');
    this.writeVarint(byteLength * 2 + (negative ? 1 : 0));
    this.reserve(byteLength);
    const buf = this.buf;
    const pos = this.pos;
    // Digits are little-endian: the last hex chars are the first bytes.
    for (let i = 0, end = hex.length; i < byteLength; i += 4, end -= 8) {
      const word = parseInt(hex.slice(end - 8, end), 16);
      buf[pos + i] = word & 0xFF;
      buf[pos + i + 1] = (word >>> 8) & 0xFF;
      buf[pos + i + 2] = (word >>> 16) & 0xFF;
      buf[pos + i + 3] = word >>> 24;
    }
    this.pos = pos + byteLength;
  }

  // --- values ------------------------------------------------------------

  writeValue(value) {
    switch (typeof value) {
      case 'number':
        this.writeNumber(value);
        return;
      case 'string':
        this.writeString(value);
        return;
      case 'boolean':
        this.writeTag(value ? Tag.TRUE : Tag.FALSE);
        return;
      case 'undefined':
        this.writeTag(Tag.UNDEFINED);
        return;
      case 'bigint':
        this.writeTag(Tag.BIGINT);
        this.writeBigIntContents(value);
        return;
      case 'object':
        if (value === null) {
          this.writeTag(Tag.NULL);
          return;
        }
        this.writeReceiver(value);
        return;
      default: // symbol, function
        this.throwDataCloneError(dataCloneMessage(value));
    }
  }

  throwDataCloneError(message) {
    const owner = this.owner;
    throw owner._getDataCloneError.call(owner, message);
  }

  writeReceiver(object) {
    const ids = this.ids;
    const seen = ids.get(object);
    if (seen !== undefined) {
      this.writeTag(Tag.OBJECT_REFERENCE);
      this.writeVarint(seen);
      return;
    }
    if (isProxy(object)) {
      const tag = Array.isArray(object) ? 'Array' : 'Object';
      this.throwDataCloneError(`[object ${tag}] could not be cloned.`);
    }
    const kind = kindOf(object);
    // A view's buffer is written (and numbered) before the view itself.
    if (kind === Kind.VIEW && !this.viewsAsHostObjects) {
      this.writeReceiver(object.buffer);
    }
    ids.set(object, this.nextId++);
    switch (kind) {
      case Kind.OBJECT: this.writeObject(object); return;
      case Kind.ARRAY: this.writeArray(object); return;
      case Kind.DATE:
        this.writeTag(Tag.DATE);
        this.writeDouble(dateGetTime.call(object));
        return;
      case Kind.REGEXP: this.writeRegExp(object); return;
      case Kind.MAP: this.writeMap(object); return;
      case Kind.SET: this.writeSet(object); return;
      case Kind.ARRAY_BUFFER: this.writeArrayBuffer(object); return;
      case Kind.SHARED_ARRAY_BUFFER: this.writeSharedArrayBuffer(object); return;
      case Kind.VIEW: this.writeView(object); return;
      case Kind.ERROR: this.writeError(object); return;
      case Kind.BOOLEAN_OBJECT:
        this.writeTag(booleanValueOf.call(object) ? Tag.TRUE_OBJECT : Tag.FALSE_OBJECT);
        return;
      case Kind.NUMBER_OBJECT:
        this.writeTag(Tag.NUMBER_OBJECT);
        this.writeDouble(numberValueOf.call(object));
        return;
      case Kind.STRING_OBJECT:
        this.writeTag(Tag.STRING_OBJECT);
        this.writeString(stringValueOf.call(object));
        return;
      case Kind.BIGINT_OBJECT:
        this.writeTag(Tag.BIGINT_OBJECT);
        this.writeBigIntContents(bigIntValueOf.call(object));
        return;
      default:
        this.throwDataCloneError(dataCloneMessage(object));
    }
  }

  // Index-like keys go out as numbers, the others as strings.
  writeKey(key) {
    const c = key.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      const n = +key;
      if ((n >>> 0) === n && n !== 4294967295 && String(n) === key) {
        this.writeNumber(n);
        return;
      }
    }
    this.writeString(key);
  }

  // Writes own enumerable properties from keys[from]; returns how many.
  writeProperties(object, keys, from) {
    let written = 0;
    for (let i = from; i < keys.length; i++) {
      const key = keys[i];
      const value = object[key];
      // A getter may have deleted a later property; V8 then skips it.
      if (value === undefined && !hasOwn.call(object, key)) continue;
      this.writeKey(key);
      this.writeValue(value);
      written++;
    }
    return written;
  }

  writeObject(object) {
    this.writeTag(Tag.BEGIN_JS_OBJECT);
    const written = this.writeProperties(object, objectKeys(object), 0);
    this.writeTag(Tag.END_JS_OBJECT);
    this.writeVarint(written);
  }

  writeArray(array) {
    const length = array.length;
    // V8 writes packed arrays densely and holey ones sparsely; an array
    // without holes is taken as packed. A packed array of numbers that are
    // not all Smis has double elements, all written as doubles.
    let packed = true;
    let allNumbers = true;
    let anyNonSmi = false;
    for (let i = 0; i < length; i++) {
      const element = array[i];
      if (element === undefined && !(i in array)) {
        packed = false;
        break;
      }
      if (typeof element === 'number') {
        if (!anyNonSmi && !isSmi(element)) anyNonSmi = true;
      } else {
        allNumbers = false;
      }
    }
    const keys = objectKeys(array);
    if (!packed) {
      this.writeTag(Tag.BEGIN_SPARSE_JS_ARRAY);
      this.writeVarint(length);
      const written = this.writeProperties(array, keys, 0);
      this.writeTag(Tag.END_SPARSE_JS_ARRAY);
      this.writeVarint(written);
      this.writeVarint(length);
      return;
    }
    this.writeTag(Tag.BEGIN_DENSE_JS_ARRAY);
    this.writeVarint(length);
    if (allNumbers && anyNonSmi) {
      for (let i = 0; i < length; i++) {
        this.writeTag(Tag.DOUBLE);
        this.writeDouble(array[i]);
      }
    } else {
      for (let i = 0; i < length; i++) {
        const element = array[i];
        if (element === undefined && !(i in array)) {
          // Made holey while being written (by a getter): mark it absent.
          this.writeTag(Tag.THE_HOLE);
        } else {
          this.writeValue(element);
        }
      }
    }
    // Indices come first among the keys, so the rest are named properties.
    const written = this.writeProperties(array, keys, Math.min(length, keys.length));
    this.writeTag(Tag.END_DENSE_JS_ARRAY);
    this.writeVarint(written);
    this.writeVarint(length);
  }

  writeRegExp(regexp) {
    this.writeTag(Tag.REGEXP);
    this.writeString(regExpSource.call(regexp));
    const flags = regExpFlags.call(regexp);
    let bits = 0;
    for (let i = 0; i < flags.length; i++) bits |= RegExpFlag[flags[i]] || 0;
    this.writeVarint(bits);
  }

  writeMap(map) {
    // Snapshot first: writing entries may run getters that mutate the map.
    const entries = [];
    for (const entry of mapEntries.call(map)) entries.push(entry[0], entry[1]);
    this.writeTag(Tag.BEGIN_JS_MAP);
    for (let i = 0; i < entries.length; i++) this.writeValue(entries[i]);
    this.writeTag(Tag.END_JS_MAP);
    this.writeVarint(entries.length);
  }

  writeSet(set) {
    const values = [];
    for (const value of setValues.call(set)) values.push(value);
    this.writeTag(Tag.BEGIN_JS_SET);
    for (let i = 0; i < values.length; i++) this.writeValue(values[i]);
    this.writeTag(Tag.END_JS_SET);
    this.writeVarint(values.length);
  }

  writeArrayBuffer(buffer) {
    const transferId = this.transfers === null ? undefined : this.transfers.get(buffer);
    if (transferId !== undefined) {
      this.writeTag(Tag.ARRAY_BUFFER_TRANSFER);
      this.writeVarint(transferId);
      return;
    }
    const byteLength = buffer.byteLength;
    if (byteLength === 0 && isDetached(buffer)) this.throwDataCloneError(DETACHED_MESSAGE);
    if (buffer.resizable === true) {
      this.writeTag(Tag.RESIZABLE_ARRAY_BUFFER);
      this.writeVarint(byteLength);
      this.writeVarint(buffer.maxByteLength);
    } else {
      this.writeTag(Tag.ARRAY_BUFFER);
      this.writeVarint(byteLength);
    }
    this.writeBytes(new Uint8Array(buffer, 0, byteLength));
  }

  writeSharedArrayBuffer(buffer) {
    const owner = this.owner;
    if (typeof owner._getSharedArrayBufferId !== 'function') {
      this.throwDataCloneError(dataCloneMessage(buffer));
    }
    const id = owner._getSharedArrayBufferId(buffer);
    this.writeTag(Tag.SHARED_ARRAY_BUFFER);
    this.writeVarint(id >>> 0);
  }

  writeView(view) {
    if (this.viewsAsHostObjects) {
      this.writeTag(Tag.HOST_OBJECT);
      const owner = this.owner;
      if (typeof owner._writeHostObject !== 'function') {
        this.throwDataCloneError(dataCloneMessage(view));
      }
      owner._writeHostObject(view);
      return;
    }
    const buffer = view.buffer;
    this.writeTag(Tag.ARRAY_BUFFER_VIEW);
    this.writeVarint(ViewTag[viewTypeName(view)]);
    this.writeVarint(view.byteOffset);
    this.writeVarint(view.byteLength);
    let flags = 0;
    if (buffer.resizable === true) {
      // Whether the view tracks the buffer's length is not observable from
      // JS; a view reaching the buffer's end is taken as length-tracking.
      flags = VIEW_BACKED_BY_RAB;
      if (view.byteOffset + view.byteLength === buffer.byteLength) {
        flags |= VIEW_LENGTH_TRACKING;
      }
    }
    this.writeVarint(flags);
  }

  writeError(error) {
    const messageDesc = getOwnPropertyDescriptor(error, 'message');
    const causeDesc = getOwnPropertyDescriptor(error, 'cause');
    this.writeTag(Tag.ERROR);
    const name = `${error.name}`;
    switch (name) {
      case 'EvalError': this.writeTag(ErrorTag.EVAL_ERROR); break;
      case 'RangeError': this.writeTag(ErrorTag.RANGE_ERROR); break;
      case 'ReferenceError': this.writeTag(ErrorTag.REFERENCE_ERROR); break;
      case 'SyntaxError': this.writeTag(ErrorTag.SYNTAX_ERROR); break;
      case 'TypeError': this.writeTag(ErrorTag.TYPE_ERROR); break;
      case 'URIError': this.writeTag(ErrorTag.URI_ERROR); break;
      default: break; // read back as a plain Error
    }
    if (messageDesc !== undefined && 'value' in messageDesc) {
      this.writeTag(ErrorTag.MESSAGE);
      this.writeString(`${messageDesc.value}`);
    }
    if (causeDesc !== undefined && 'value' in causeDesc) {
      this.writeTag(ErrorTag.CAUSE);
      this.writeValue(causeDesc.value);
    }
    const stack = error.stack;
    if (typeof stack === 'string') {
      this.writeTag(ErrorTag.STACK);
      this.writeString(stack);
    }
    this.writeTag(ErrorTag.END);
  }
}

module.exports = { ValueWriter };
