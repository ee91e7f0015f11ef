'use strict';

// WHATWG TextEncoder / TextDecoder for engines without them: utf-8, utf-16le and windows-1252
// (Node's answer for 'latin1' / 'ascii' labels). Invalid input decodes to U+FFFD per the
// Encoding Standard, or throws ERR_ENCODING_INVALID_ENCODED_DATA when `fatal`.

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_ENCODING_INVALID_ENCODED_DATA,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');

const labels = new Map();
for (const l of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) {
  labels.set(l, 'utf-8');
}
for (const l of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) {
  labels.set(l, 'utf-16le');
}
for (const l of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252',
  'x-cp1252']) {
  labels.set(l, 'windows-1252');
}

// windows-1252 code points for bytes 0x80..0x9F (the rest equal their byte value).
const cp1252High = [
  0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D,
  0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
  0x017E, 0x0178,
];

function getEncodingFromLabel(label) {
  return labels.get(`${label}`.trim().toLowerCase());
}

function utf8Encode(str) {
  const out = new Uint8Array(str.length * 3);
  const { written } = utf8EncodeInto(str, out);
  return out.slice(0, written);
}

// Encodes as much of `str` as fits; returns UTF-16 units read and bytes written.
function utf8EncodeInto(str, dest) {
  let read = 0;
  let written = 0;
  const len = str.length;
  const cap = dest.length;
  while (read < len) {
    let cp = str.charCodeAt(read);
    let units = 1;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = read + 1 < len ? str.charCodeAt(read + 1) : 0;
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        units = 2;
      } else {
        cp = 0xfffd;
      }
    }
    if (cp < 0x80) {
      if (written + 1 > cap) break;
      dest[written++] = cp;
    } else if (cp < 0x800) {
      if (written + 2 > cap) break;
      dest[written++] = 0xc0 | (cp >> 6);
      dest[written++] = 0x80 | (cp & 0x3f);
    } else if (cp < 0x10000) {
      if (written + 3 > cap) break;
      dest[written++] = 0xe0 | (cp >> 12);
      dest[written++] = 0x80 | ((cp >> 6) & 0x3f);
      dest[written++] = 0x80 | (cp & 0x3f);
    } else {
      if (written + 4 > cap) break;
      dest[written++] = 0xf0 | (cp >> 18);
      dest[written++] = 0x80 | ((cp >> 12) & 0x3f);
      dest[written++] = 0x80 | ((cp >> 6) & 0x3f);
      dest[written++] = 0x80 | (cp & 0x3f);
    }
    read += units;
  }
  return { read, written };
}

const kEncoder = Symbol('encoder');

// GraalJS's own TextEncoder/TextDecoder (saved by the bootstrap before the globals became these classes).
let natives;
function nativeCodecs() {
  if (natives === undefined) {
    const realm = require('internal/bootstrap/realm');
    const Decoder = realm.nativeTextDecoder || null;
    natives = { Decoder, encoder: realm.nativeTextEncoder ? new realm.nativeTextEncoder() : null };
  }
  return natives;
}

class TextEncoder {
  constructor() {
    // Own brand, as in Node (it also makes inspect print [TextEncoder] past the depth limit).
    this[kEncoder] = true;
  }

  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    const native = nativeCodecs().encoder;
    return native !== null ? native.encode(`${input}`) : utf8Encode(`${input}`);
  }

  encodeInto(src, dest) {
    if (typeof src !== 'string') throw new ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    return utf8EncodeInto(src, dest);
  }

  // Node shows only the encoding, as a plain object.
  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = Object.create({ constructor: Object.getPrototypeOf(this).constructor || TextEncoder });
    obj.encoding = this.encoding;
    return require('internal/util/inspect').inspect(obj, opts);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

// Streaming UTF-8 decoder state machine from the Encoding Standard.
function utf8Decode(state, bytes, flush, fatal) {
  let out = '';
  let { needed, seen, cp, lower, upper } = state;
  const chunk = [];
  const push = (c) => {
    chunk.push(c);
    if (chunk.length >= 8192) {
      out += String.fromCodePoint(...chunk);
      chunk.length = 0;
    }
  };
  const fail = () => {
    if (fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
    push(0xfffd);
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (needed === 0) {
      if (byte <= 0x7f) {
        push(byte);
      } else if (byte >= 0xc2 && byte <= 0xdf) {
        needed = 1;
        cp = byte & 0x1f;
      } else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
        cp = byte & 0xf;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
        cp = byte & 0x7;
      } else {
        fail();
      }
      continue;
    }
    if (byte < lower || byte > upper) {
      // The bad byte is not consumed: it starts over as a new sequence.
      cp = needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      fail();
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    cp = (cp << 6) | (byte & 0x3f);
    seen++;
    if (seen === needed) {
      push(cp);
      cp = needed = seen = 0;
    }
  }
  if (flush && needed !== 0) {
    cp = needed = seen = 0;
    lower = 0x80;
    upper = 0xbf;
    fail();
  }
  Object.assign(state, { needed, seen, cp, lower, upper });
  if (chunk.length > 0) out += String.fromCodePoint(...chunk);
  return out;
}

function utf16leDecode(state, bytes, flush, fatal) {
  let all = bytes;
  if (state.pending !== undefined) {
    all = new Uint8Array(bytes.length + 1);
    all[0] = state.pending;
    all.set(bytes, 1);
    state.pending = undefined;
  }
  let out = '';
  const even = all.length - (all.length % 2);
  const units = [];
  for (let i = 0; i < even; i += 2) units.push(all[i] | (all[i + 1] << 8));
  if (even !== all.length) state.pending = all[even];
  if (state.lead !== undefined) {
    units.unshift(state.lead);
    state.lead = undefined;
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 1 < units.length) {
        const next = units[i + 1];
        if (next >= 0xdc00 && next <= 0xdfff) {
          out += String.fromCharCode(u, next);
          i++;
          continue;
        }
      } else if (!flush) {
        state.lead = u;
        continue;
      }
      if (fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-16le');
      out += '\ufffd';
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      if (fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-16le');
      out += '\ufffd';
    } else {
      out += String.fromCharCode(u);
    }
  }
  if (flush && state.pending !== undefined) {
    state.pending = undefined;
    if (fatal) throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-16le');
    out += '\ufffd';
  }
  return out;
}

function windows1252Decode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80] : b);
  }
  return out;
}

const kState = Symbol('kState');

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const { isAnyArrayBuffer } = require('internal/util/types');
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  // Node raises this one from C++: a plain TypeError with a code and this fixed text.
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    const { validateObject, kValidateObjectAllowObjectsAndNull } = require('internal/validators');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const opts = options || {};
    this[kState] = {
      encoding: enc,
      fatal: Boolean(opts.fatal),
      ignoreBOM: Boolean(opts.ignoreBOM),
      bomSeen: false,
      decoder: { needed: 0, seen: 0, cp: 0, lower: 0x80, upper: 0xbf },
    };
  }

  get encoding() {
    return state(this).encoding;
  }

  get fatal() {
    return state(this).fatal;
  }

  get ignoreBOM() {
    return state(this).ignoreBOM;
  }

  decode(input = undefined, options = {}) {
    const s = state(this);
    const bytes = toBytes(input);
    const stream = Boolean(options && options.stream);
    // The engine's decoder (Java) for the two Unicode encodings; the JS state machine otherwise.
    if (s.encoding !== 'windows-1252' && nativeCodecs().Decoder !== null) {
      if (s.native === undefined) {
        s.native = new (nativeCodecs().Decoder)(s.encoding, { fatal: s.fatal, ignoreBOM: s.ignoreBOM });
      }
      try {
        return s.native.decode(bytes, { stream });
      } catch (err) {
        s.native = undefined;
        if (s.fatal && err instanceof TypeError) {
          const { codes } = require('internal/errors');
          throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(s.encoding);
        }
        throw err;
      }
    }
    let out;
    if (s.encoding === 'utf-8') {
      out = utf8Decode(s.decoder, bytes, !stream, s.fatal);
    } else if (s.encoding === 'utf-16le') {
      out = utf16leDecode(s.decoder, bytes, !stream, s.fatal);
    } else {
      out = windows1252Decode(bytes);
    }
    if (!s.ignoreBOM && !s.bomSeen && out.length > 0) {
      s.bomSeen = true;
      if (s.encoding !== 'windows-1252' && out.charCodeAt(0) === 0xfeff) out = out.slice(1);
    }
    if (!stream) {
      s.bomSeen = false;
      s.decoder = { needed: 0, seen: 0, cp: 0, lower: 0x80, upper: 0xbf };
    }
    return out;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = Object.getPrototypeOf(this).constructor || TextDecoder;
    const obj = Object.create({ constructor });
    const s = state(this);
    obj.encoding = s.encoding;
    obj.fatal = s.fatal;
    obj.ignoreBOM = s.ignoreBOM;
    return `${constructor.name} ${require('internal/util/inspect').inspect(obj)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

function state(self) {
  if (self === null || typeof self !== 'object' || self[kState] === undefined) {
    throw new ERR_INVALID_THIS('TextDecoder');
  }
  return self[kState];
}

module.exports = { TextDecoder, TextEncoder, getEncodingFromLabel };
