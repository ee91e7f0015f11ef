'use strict';

// node:buffer: the `buffer` WebJar's Buffer (a Uint8Array subclass by prototype) with Node's behaviour on top:
// Node's encodings (base64url, ascii high-bit stripping, utf8 through the engine's TextEncoder/TextDecoder),
// Node's argument errors, integer read/write checks, inspect output, Blob/File, isUtf8/isAscii/transcode.
const vendor = require('vendor:buffer/index.js');
const { codes } = require('internal/errors');
const { view } = require('internal/bytes');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING, ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_MISSING_ARGS,
} = codes;

const Buffer = vendor.Buffer;
const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 2 ** 29 - 24;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// ---- Helpers.

function asBuffer(u8) {
  Object.setPrototypeOf(u8, Buffer.prototype);
  return u8;
}

function isUint8Array(value) {
  return value instanceof Uint8Array;
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateSize(size) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
}

// ---- Encodings: canonical names and codecs.

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return enc === '' ? undefined : 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

// The codecs are made on first use: building them loads the TextDecoder/TextEncoder implementation.
let codecs;
function codec() {
  if (codecs === undefined) {
    // The engine's own (Java) TextDecoder, which the bootstrap saved before the global became gnode's class (that
    // class delegates to it, at a cost per call); a JS replacement is far slower than the tricks below.
    const realm = require('internal/bootstrap/realm');
    const Decoder = typeof realm.nativeTextDecoder === 'function' ? realm.nativeTextDecoder : TextDecoder;
    codecs = {
      native: Decoder !== TextDecoder || /\[native code\]/.test(Function.prototype.toString.call(TextDecoder)),
      utf8Decoder: new Decoder('utf-8', { ignoreBOM: true }),
      fatalUtf8: new Decoder('utf-8', { fatal: true, ignoreBOM: true }),
      utf16Decoder: new Decoder('utf-16le', { ignoreBOM: true }),
      utf8Encoder: new TextEncoder(),
    };
  }
  return codecs;
}
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Decoding accepts both alphabets, like Node.
const B64_VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  B64_VALUES[B64.charCodeAt(i)] = i;
  B64_VALUES[B64URL.charCodeAt(i)] = i;
}
const HEX = '0123456789abcdef';
const NON_ASCII = /[^\x00-\x7f]/;

// gnode's JS runs in an interpreter, where per-byte loops cost about a microsecond each; the engine's
// TextDecoder/TextEncoder and RegExp run natively. So ASCII data takes those fast paths and only non-ASCII bytes
// fall back to loops.

// internalBinding('buffer') converts in Java; worth its call overhead from this many bytes or characters on.
const NATIVE_MIN = 64;
let nativeBinding;
function nativeCodec() {
  if (nativeBinding === undefined) {
    try {
      nativeBinding = require('internal/bootstrap/realm').internalBinding('buffer');
    } catch {
      nativeBinding = null; // a runtime without the binding: the JS paths below do the work
    }
  }
  return nativeBinding;
}

function nativeSlice(buf, encoding, start, end) {
  if (end - start < NATIVE_MIN) return null;
  const binding = nativeCodec();
  if (binding === null) return null;
  const text = binding.decode(buf.buffer, buf.byteOffset + start, end - start, encoding);
  // Java's decoders replace bad input differently from WHATWG/Node (one U+FFFD per bad sequence in UTF-8; lone
  // surrogates in UTF-16, which Node keeps): text with a replacement character is redone in JS.
  if (text == null || ((encoding === 'utf16le' || encoding === 'utf8') && text.includes('\ufffd'))) return null;
  return text;
}

function nativeEncode(string, encoding) {
  if (string.length < NATIVE_MIN) return null;
  // Java's UTF-16 encoder replaces lone surrogates, which Node writes as they are.
  if (encoding === 'utf16le' && /[\ud800-\udfff]/.test(string)) return null;
  const binding = nativeCodec();
  if (binding === null) return null;
  const bytes = binding.encode(string, encoding);
  return bytes == null ? null : new Uint8Array(new ArrayBuffer(bytes));
}

function rawLatin1(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(bytes.length, i + 8192)));
  }
  return out;
}

// UTF-8 decoding. Without a native TextDecoder, escape() + decodeURIComponent() (both native) decode valid UTF-8;
// invalid input makes decodeURIComponent throw, and then the decoder does it with U+FFFD replacement.
function utf8Decode(bytes) {
  const c = codec();
  if (c.native) return c.utf8Decoder.decode(bytes);
  try {
    return decodeURIComponent(escape(rawLatin1(bytes)));
  } catch {
    return c.utf8Decoder.decode(bytes);
  }
}

function asciiOnly(bytes) {
  if (!codec().native) return null;
  // A valid UTF-8 decoding as long as the input has no byte >= 0x80 only when every byte was ASCII.
  try {
    const str = codec().fatalUtf8.decode(bytes);
    return str.length === bytes.length ? str : null;
  } catch {
    return null;
  }
}

function latin1Slice(buf, start, end, mask) {
  const bytes = view(buf, start, end);
  const fast = asciiOnly(bytes);
  if (fast !== null) return fast;
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, Math.min(bytes.length, i + 4096));
    out += String.fromCharCode.apply(null, mask ? chunk.map((b) => b & 0x7f) : chunk);
  }
  return out;
}

// Lookup tables made on first use: two hex digits per byte, two base64 digits per 12 bits.
let hexPairs;
const base64Pairs = {};

function hexSlice(buf, start, end) {
  if (hexPairs === undefined) {
    hexPairs = new Array(256);
    for (let i = 0; i < 256; i++) hexPairs[i] = HEX[i >> 4] + HEX[i & 15];
  }
  let out = '';
  for (let i = start; i < end; i++) out += hexPairs[buf[i]];
  return out;
}

function base64Slice(buf, start, end, alphabet, pad) {
  let pairs = base64Pairs[alphabet];
  if (pairs === undefined) {
    pairs = base64Pairs[alphabet] = new Array(4096);
    for (let i = 0; i < 4096; i++) pairs[i] = alphabet[i >> 6] + alphabet[i & 63];
  }
  let out = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const n = (buf[i] << 16) | (buf[i + 1] << 8) | buf[i + 2];
    out += pairs[n >> 12] + pairs[n & 4095];
  }
  if (end - i === 1) {
    const n = buf[i] << 16;
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + (pad ? '==' : '');
  } else if (end - i === 2) {
    const n = (buf[i] << 16) | (buf[i + 1] << 8);
    out += alphabet[n >> 18] + alphabet[(n >> 12) & 63] + alphabet[(n >> 6) & 63] + (pad ? '=' : '');
  }
  return out;
}

function utf16leSlice(buf, start, end) {
  const fast = codec().utf16Decoder.decode(view(buf, start, start + ((end - start) & ~1)));
  // The decoder replaces lone surrogates with U+FFFD where Node keeps them; redo those the slow way.
  if (!fast.includes('\ufffd')) return fast;
  let out = '';
  for (let i = start; i + 1 < end; i += 2) out += String.fromCharCode(buf[i] | (buf[i + 1] << 8));
  return out;
}

function slice(buf, encoding, start, end) {
  const native = nativeSlice(buf, encoding, start, end);
  if (native !== null) return native;
  switch (encoding) {
    case 'utf8': return utf8Decode(start === 0 && end === buf.length ? buf : view(buf, start, end));
    case 'latin1': return latin1Slice(buf, start, end, false);
    case 'ascii': return latin1Slice(buf, start, end, true);
    case 'hex': return hexSlice(buf, start, end);
    case 'base64': return base64Slice(buf, start, end, B64, true);
    case 'base64url': return base64Slice(buf, start, end, B64URL, false);
    case 'utf16le': return utf16leSlice(buf, start, end);
  }
}

const CLEAN_BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

function base64Decode(str) {
  if (CLEAN_BASE64.test(str)) return cleanBase64Decode(str);
  return lenientBase64Decode(str);
}

// Only alphabet characters (and final padding): four characters at a time.
function cleanBase64Decode(str) {
  let len = str.length;
  while (len > 0 && str.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array((len * 3) >>> 2);
  const T = B64_VALUES;
  let n = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    const v = (T[str.charCodeAt(i)] << 18) | (T[str.charCodeAt(i + 1)] << 12) |
      (T[str.charCodeAt(i + 2)] << 6) | T[str.charCodeAt(i + 3)];
    out[n++] = v >> 16;
    out[n++] = (v >> 8) & 0xff;
    out[n++] = v & 0xff;
  }
  const rest = len - i;
  if (rest >= 2) {
    const v = (T[str.charCodeAt(i)] << 18) | (T[str.charCodeAt(i + 1)] << 12) |
      (rest === 3 ? T[str.charCodeAt(i + 2)] << 6 : 0);
    out[n++] = v >> 16;
    if (rest === 3) out[n++] = (v >> 8) & 0xff;
  }
  return out.subarray(0, n);
}

function lenientBase64Decode(str) {
  const out = new Uint8Array((str.length * 3) >>> 2);
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 61) break; // '=' ends the data
    const v = c < 128 ? B64_VALUES[c] : -1;
    if (v === -1) continue; // Node skips characters outside the alphabet (whitespace and the like)
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function hexDecode(str) {
  const out = new Uint8Array(str.length >>> 1);
  let n = 0;
  for (; n < out.length; n++) {
    const hi = parseInt(str[2 * n], 16);
    const lo = parseInt(str[2 * n + 1], 16);
    if (Number.isNaN(hi) || Number.isNaN(lo)) break;
    out[n] = (hi << 4) | lo;
  }
  return out.subarray(0, n);
}

function encode(string, encoding) {
  if (encoding === 'utf8' || encoding === 'latin1' || encoding === 'ascii' || encoding === 'utf16le') {
    const native = nativeEncode(string, encoding);
    if (native !== null) return native;
  }
  switch (encoding) {
    case 'utf8': return codec().utf8Encoder.encode(string);
    case 'latin1': case 'ascii': {
      if (!NON_ASCII.test(string)) return codec().utf8Encoder.encode(string);
      const out = new Uint8Array(string.length);
      for (let i = 0; i < string.length; i++) out[i] = string.charCodeAt(i);
      return out;
    }
    case 'utf16le': {
      const out = new Uint8Array(string.length * 2);
      for (let i = 0; i < string.length; i++) {
        const c = string.charCodeAt(i);
        out[2 * i] = c & 0xff;
        out[2 * i + 1] = c >> 8;
      }
      return out;
    }
    case 'hex': return hexDecode(string);
    case 'base64': case 'base64url': return base64Decode(string);
  }
}

function utf8ByteLength(str) {
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length &&
      (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else {
      n += 3;
    }
  }
  return n;
}

function base64ByteLength(str) {
  let bytes = str.length;
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 61) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 61) bytes--;
  return (bytes * 3) >>> 2;
}

// ---- Static members.

const vendorFrom = Buffer.from;
Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
    return fromArrayBuffer(value, encodingOrOffset, length);
  }
  if (value !== null && typeof value === 'object') return vendorFrom.call(Buffer, value, encodingOrOffset, length);
  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

function fromArrayBuffer(buffer, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = buffer.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return asBuffer(new Uint8Array(buffer, byteOffset, length));
}

function fromString(string, encoding) {
  let normalized = 'utf8';
  if (typeof encoding === 'string' && encoding.length !== 0) {
    normalized = normalizeEncoding(encoding);
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return asBuffer(encode(string, normalized));
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = asBuffer(new Uint8Array(size));
  if (fill !== undefined && fill !== 0 && size > 0) return buf.fill(fill, 0, size, encoding);
  return buf;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return asBuffer(new Uint8Array(size));
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return asBuffer(new Uint8Array(size));
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && string instanceof SharedArrayBuffer)) {
      return string.byteLength;
    }
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  switch (normalizeEncoding(encoding)) {
    case 'latin1': case 'ascii': return string.length;
    case 'utf16le': return string.length * 2;
    case 'hex': return string.length >>> 1;
    case 'base64': case 'base64url': return base64ByteLength(string);
    default: {
      const binding = string.length >= NATIVE_MIN ? nativeCodec() : null;
      return binding ? binding.utf8Length(string) : utf8ByteLength(string);
    }
  }
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return Buffer.alloc(0);
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const out = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    if (pos + buf.length > length) {
      out.set(view(buf, 0, length - pos), pos);
      pos = length;
      break;
    }
    out.set(buf, pos);
    pos += buf.length;
  }
  if (pos < length) out.fill(0, pos, length);
  return out;
};

const vendorCompare = Buffer.compare;
Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  return vendorCompare.call(Buffer, buf1, buf2);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset = 0, length = undefined) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  }
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  validateOffset(offset, 'offset', 0);
  if (offset >= viewLength) return Buffer.alloc(0);
  const end = length === undefined ? viewLength : (validateOffset(length, 'length', 0), Math.min(offset + length, viewLength));
  const src = view.subarray(offset, end);
  const bytes = new Uint8Array(src.buffer, src.byteOffset, src.byteLength);
  return asBuffer(bytes.slice());
};

Buffer.poolSize = 8192;

// ---- Prototype: strings.

Buffer.prototype.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return nativeSlice(this, 'utf8', 0, this.length) ?? utf8Decode(this);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return slice(this, 'utf8', start, end);
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined || encoding === '') throw new ERR_UNKNOWN_ENCODING(encoding);
  return slice(this, normalized, start, end);
};
Buffer.prototype.toLocaleString = Buffer.prototype.toString;

Buffer.prototype.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') {
    // Node's message for this one comes from its C++ binding, hence the unusual wording.
    const err = new TypeError('argument must be a string');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (offset === undefined) {
    offset = 0;
    length = this.length;
  } else if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  const target = view(this, offset, offset + length);
  if (normalized === 'utf8') {
    const bytes = nativeEncode(string, 'utf8');
    if (bytes === null) return codec().utf8Encoder.encodeInto(string, target).written;
    // Only whole characters are written: back off continuation bytes at the cut.
    let n = Math.min(bytes.length, length);
    if (n < bytes.length) while (n > 0 && (bytes[n] & 0xc0) === 0x80) n--;
    target.set(bytes.subarray(0, n));
    return n;
  }
  let bytes = encode(string, normalized);
  // UTF-16 writes whole code units only.
  if (normalized === 'utf16le' && bytes.length > length) bytes = bytes.subarray(0, length & ~1);
  const n = Math.min(bytes.length, length);
  target.set(bytes.subarray(0, n));
  return n;
};

Buffer.prototype.fill = function fill(value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = this.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = this.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      if (typeof encoding !== 'string') throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    encoding = normalized;
    if (value.length === 0) value = 0;
  }
  if (offset === undefined) {
    offset = 0;
    end = this.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = this.length;
    else validateOffset(end, 'end', 0, this.length);
    if (offset >= end) return this;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    Uint8Array.prototype.fill.call(this, Number(value) & 255, offset, end);
    return this;
  }
  const bytes = typeof value === 'string' ? encode(value, encoding) : (isUint8Array(value) ? value :
    (ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : null));
  if (bytes === null) {
    Uint8Array.prototype.fill.call(this, Number(value) & 255, offset, end);
    return this;
  }
  if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  for (let i = offset; i < end; i += bytes.length) this.set(bytes.subarray(0, Math.min(bytes.length, end - i)), i);
  return this;
};

Buffer.prototype.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || vendorCompare.call(Buffer, this, otherBuffer) === 0;
};

function toInteger(n, defaultValue) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultValue;
}

Buffer.prototype.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = Number.isInteger(targetStart) ? targetStart : toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = Number.isInteger(sourceStart) ? sourceStart : toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.byteLength;
  } else {
    sourceEnd = Number.isInteger(sourceEnd) ? sourceEnd : toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  if (sourceEnd - sourceStart > target.byteLength - targetStart) sourceEnd = sourceStart + target.byteLength - targetStart;
  const count = Math.min(sourceEnd - sourceStart, this.byteLength - sourceStart);
  if (count <= 0) return 0;
  Uint8Array.prototype.set.call(target, view(this, sourceStart, sourceStart + count), targetStart);
  return count;
};

Buffer.prototype.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return vendorCompare.call(Buffer, this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return vendorCompare.call(Buffer, view(this, sourceStart, sourceEnd), view(target, targetStart, targetEnd));
};

for (const bits of [16, 32, 64]) {
  const name = `swap${bits}`;
  const base = Buffer.prototype[name];
  Buffer.prototype[name] = {
    [name]() {
      if (this.length % (bits / 8) !== 0) throw new codes.ERR_INVALID_BUFFER_SIZE(`${bits}-bits`);
      return base.call(this);
    },
  }[name];
}

// Where a search may start (Node's IndexOfOffset): negative offsets count from the end.
function searchStart(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return forward || needleLength === 0 ? 0 : -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : buffer.length;
  byteOffset = Math.trunc(byteOffset);
  let needle;
  if (typeof val === 'number') {
    needle = [val >>> 0 & 255];
  } else if (typeof val === 'string') {
    const normalized = encoding === undefined ? 'utf8' : normalizeEncoding(encoding);
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    needle = encode(val, normalized);
  } else if (isUint8Array(val)) {
    needle = val;
  } else {
    throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
  }
  const length = buffer.length;
  const start = searchStart(length, byteOffset, needle.length, forward);
  if (needle.length === 0) return start;
  if (start < 0 || length < needle.length) return -1;
  const first = needle[0];
  // The engine's own indexOf/lastIndexOf find candidate first bytes; only those are compared in full.
  let at = forward ? Uint8Array.prototype.indexOf.call(buffer, first, start) :
    Uint8Array.prototype.lastIndexOf.call(buffer, first, Math.min(start, length - needle.length));
  while (at !== -1) {
    if (at + needle.length > length) return -1;
    let k = 1;
    while (k < needle.length && buffer[at + k] === needle[k]) k++;
    if (k === needle.length) return at;
    if (forward) at = Uint8Array.prototype.indexOf.call(buffer, first, at + 1);
    else at = at === 0 ? -1 : Uint8Array.prototype.lastIndexOf.call(buffer, first, at - 1);
  }
  return -1;
}

Buffer.prototype.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

Buffer.prototype.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

Buffer.prototype.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

// The per-encoding methods Node exposes on Buffer.prototype (buf.utf8Slice, buf.latin1Write, ...).
for (const [prefix, encoding] of [['ascii', 'ascii'], ['base64', 'base64'], ['base64url', 'base64url'],
  ['latin1', 'latin1'], ['hex', 'hex'], ['ucs2', 'utf16le'], ['utf8', 'utf8']]) {
  Buffer.prototype[`${prefix}Slice`] = function (start = 0, end = this.length) {
    return slice(this, encoding, start, end);
  };
  Buffer.prototype[`${prefix}Write`] = function (string, offset = 0, length = this.length - offset) {
    return this.write(string, offset, length, encoding);
  };
}

Buffer.prototype.inspect = Buffer.prototype[customInspect] = function inspect(recurseTimes, ctx) {
  const max = module.exports.INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  let str = hexSlice(this, 0, shown).replace(/(.{2})/g, '$1 ').trim();
  const remaining = this.length - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return `<${this.constructor.name} ${str}>`;
};

// ---- Prototype: numbers, with Node's offset and value checks.

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(type || 'offset', 'number', value);
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkOffset(buf, offset, size) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (offset >= 0 && offset + size <= buf.length && (offset | 0) === offset) return;
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function checkValue(value, min, max, size) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (size > 4) {
      const bits = size * 8;
      range = min === 0 || min === 0n ? `>= 0${n} and < 2${n} ** ${bits}${n}` :
        `>= -(2${n} ** ${bits - 1}${n}) and < 2 ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
}

function readUnsigned(buf, offset, size, littleEndian) {
  if (size === 2) return littleEndian ? buf[offset] + buf[offset + 1] * 256 : buf[offset] * 256 + buf[offset + 1];
  if (size === 4) {
    return littleEndian ?
      buf[offset] + buf[offset + 1] * 256 + buf[offset + 2] * 65536 + buf[offset + 3] * 16777216 :
      buf[offset] * 16777216 + buf[offset + 1] * 65536 + buf[offset + 2] * 256 + buf[offset + 3];
  }
  let value = 0;
  for (let i = 0; i < size; i++) {
    value = value * 256 + buf[offset + (littleEndian ? size - 1 - i : i)];
  }
  return value;
}

function writeBytes(buf, value, offset, size, littleEndian) {
  // value is a non-negative integer below 2 ** (8 * size); two's complement already applied by the caller.
  for (let i = 0; i < size; i++) {
    const byte = value % 256;
    buf[offset + (littleEndian ? i : size - 1 - i)] = byte;
    value = (value - byte) / 256;
  }
  return offset + size;
}

function defineInt(size, signed, littleEndian, suffix) {
  const max = signed ? 2 ** (8 * size - 1) - 1 : 2 ** (8 * size) - 1;
  const min = signed ? -(2 ** (8 * size - 1)) : 0;
  const base = `${signed ? 'Int' : 'UInt'}${size * 8}${suffix}`;
  const read = size === 1 ? function (offset = 0) {
    const value = this[offset];
    if (value === undefined) checkOffset(this, offset, 1);
    return signed && value > 127 ? value - 256 : value;
  } : function (offset = 0) {
    checkOffset(this, offset, size);
    const value = readUnsigned(this, offset, size, littleEndian);
    return signed && value > max ? value - 2 ** (8 * size) : value;
  };
  // Stores like Node: each byte is a Uint8Array element assignment (ToUint8), so fractions truncate.
  const write = function (value, offset = 0) {
    value = +value;
    checkValue(value, min, max, size);
    checkOffset(this, offset, size);
    if (size === 1) {
      this[offset] = value;
    } else if (size === 2) {
      this[offset + (littleEndian ? 0 : 1)] = value;
      this[offset + (littleEndian ? 1 : 0)] = value >>> 8;
    } else {
      for (let i = 0; i < 4; i++) this[offset + (littleEndian ? i : 3 - i)] = value >>> (8 * i);
    }
    return offset + size;
  };
  for (const name of [base, base.replace('UInt', 'Uint')]) {
    Buffer.prototype[`read${name}`] = Object.defineProperty(read, 'name', { value: `read${base}` });
    Buffer.prototype[`write${name}`] = Object.defineProperty(write, 'name', { value: `write${base}` });
  }
}
for (const size of [1, 2, 4]) {
  for (const signed of [false, true]) {
    if (size === 1) defineInt(1, signed, true, '');
    else {
      defineInt(size, signed, true, 'LE');
      defineInt(size, signed, false, 'BE');
    }
  }
}

function defineVariableInt(signed, littleEndian) {
  const base = `${signed ? 'Int' : 'UInt'}${littleEndian ? 'LE' : 'BE'}`;
  const read = function (offset, byteLength) {
    if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    checkOffset(this, offset, byteLength);
    const value = readUnsigned(this, offset, byteLength, littleEndian);
    return signed && value >= 2 ** (8 * byteLength - 1) ? value - 2 ** (8 * byteLength) : value;
  };
  const write = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    value = +value;
    const bits = 8 * byteLength;
    const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    const min = signed ? -(2 ** (bits - 1)) : 0;
    checkValue(value, min, max, byteLength);
    checkOffset(this, offset, byteLength);
    return writeBytes(this, value < 0 ? value + 2 ** bits : value, offset, byteLength, littleEndian);
  };
  for (const name of [base, base.replace('UInt', 'Uint')]) {
    Buffer.prototype[`read${name}`] = read;
    Buffer.prototype[`write${name}`] = write;
  }
}
for (const signed of [false, true]) {
  defineVariableInt(signed, true);
  defineVariableInt(signed, false);
}

function defineBigInt(signed, littleEndian) {
  const base = `Big${signed ? 'Int' : 'UInt'}64${littleEndian ? 'LE' : 'BE'}`;
  const min = signed ? -(2n ** 63n) : 0n;
  const max = signed ? 2n ** 63n - 1n : 2n ** 64n - 1n;
  const read = function (offset = 0) {
    checkOffset(this, offset, 8);
    const view = new DataView(this.buffer, this.byteOffset + offset, 8);
    return signed ? view.getBigInt64(0, littleEndian) : view.getBigUint64(0, littleEndian);
  };
  const write = function (value, offset = 0) {
    // Node does BigInt arithmetic on the value, so a Number fails with the engine's mixing error.
    if (typeof value !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
    checkValue(value, min, max, 8);
    checkOffset(this, offset, 8);
    const view = new DataView(this.buffer, this.byteOffset + offset, 8);
    if (signed) view.setBigInt64(0, value, littleEndian);
    else view.setBigUint64(0, value, littleEndian);
    return offset + 8;
  };
  for (const name of [base, base.replace('UInt', 'Uint')]) {
    Buffer.prototype[`read${name}`] = read;
    Buffer.prototype[`write${name}`] = write;
  }
}
for (const signed of [false, true]) {
  defineBigInt(signed, true);
  defineBigInt(signed, false);
}

function defineFloat(size, littleEndian) {
  const base = `${size === 4 ? 'Float' : 'Double'}${littleEndian ? 'LE' : 'BE'}`;
  Buffer.prototype[`read${base}`] = function (offset = 0) {
    checkOffset(this, offset, size);
    const view = new DataView(this.buffer, this.byteOffset + offset, size);
    return size === 4 ? view.getFloat32(0, littleEndian) : view.getFloat64(0, littleEndian);
  };
  Buffer.prototype[`write${base}`] = function (value, offset = 0) {
    value = +value;
    checkOffset(this, offset, size);
    const view = new DataView(this.buffer, this.byteOffset + offset, size);
    if (size === 4) view.setFloat32(0, value, littleEndian);
    else view.setFloat64(0, value, littleEndian);
    return offset + size;
  };
}
for (const size of [4, 8]) {
  defineFloat(size, true);
  defineFloat(size, false);
}

// ---- Module-level functions.

function validateBinaryInput(input) {
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}


function isUtf8(input) {
  const bytes = validateBinaryInput(input);
  try {
    codec().fatalUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAscii(input) {
  const bytes = validateBinaryInput(input);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

// transcode(): between utf8, utf16le/ucs2, latin1/binary and ascii; unrepresentable characters become '?'.
function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const supported = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!supported.includes(from) || !supported.includes(to)) {
    const err = new Error('Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]');
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  let text = slice(source, from, 0, source.length);
  if (to === 'latin1') text = text.replace(/[^\u0000-\u00ff]/gu, '?');
  else if (to === 'ascii') text = text.replace(/[^\u0000-\u007f]/gu, '?');
  return asBuffer(encode(text, to));
}

// ---- Blob and File: immutable bytes with a MIME type.

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kFileName = Symbol('kFileName');
const kLastModified = Symbol('kLastModified');

function partBytes(part) {
  if (part instanceof Blob) return part[kBytes];
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  return codec().utf8Encoder.encode(`${part}`);
}

class Blob {
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = partBytes(source);
      parts.push(bytes);
      length += bytes.length;
    }
    const all = new Uint8Array(length);
    let pos = 0;
    for (const bytes of parts) {
      all.set(bytes, pos);
      pos += bytes.length;
    }
    this[kBytes] = all;
    const type = options?.type === undefined ? '' : `${options.type}`;
    this[kType] = /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
  }
  get size() { return this[kBytes].length; }
  get type() { return this[kType]; }
  slice(start = 0, end = this.size, contentType = '') {
    const size = this.size;
    const s = start < 0 ? Math.max(size + start, 0) : Math.min(start, size);
    const e = end < 0 ? Math.max(size + end, 0) : Math.min(end, size);
    const blob = new Blob([], { type: contentType });
    blob[kBytes] = this[kBytes].slice(s, Math.max(s, e));
    return blob;
  }
  async text() { return utf8Decode(this[kBytes]).replace(/^\uFEFF/, ''); }
  async arrayBuffer() { return this[kBytes].slice().buffer; }
  async bytes() { return this[kBytes].slice(); }
  stream() { throw require('internal/modules/builtins').notImplemented('stream/web (Blob.prototype.stream)'); }

  [customInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (depth < 0) return `[${name}]`;
    const fields = { size: this.size, type: this.type };
    if (this instanceof File) Object.assign(fields, { name: this.name, lastModified: this.lastModified });
    const optDepth = options?.depth;
    return `${name} ${(inspect ?? require('util').inspect)(fields,
      { ...options, depth: Number.isInteger(optDepth) ? optDepth - 1 : optDepth })}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

class File extends Blob {
  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this[kFileName] = `${fileName}`;
    this[kLastModified] = options?.lastModified !== undefined ? Number(options.lastModified) : Date.now();
  }
  get name() { return this[kFileName]; }
  get lastModified() { return this[kLastModified]; }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });

module.exports = {
  Buffer,
  Blob,
  File,
  INSPECT_MAX_BYTES: 50,
  kMaxLength,
  kStringMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  isUtf8,
  isAscii,
  transcode,
  resolveObjectURL: () => undefined,
};
Object.defineProperty(module.exports, 'atob', { get: () => require('internal/base64').atob, enumerable: true });
Object.defineProperty(module.exports, 'btoa', { get: () => require('internal/base64').btoa, enumerable: true });
