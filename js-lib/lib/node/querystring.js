'use strict';

// node:querystring: Node's lenient query strings ('+' is a space, malformed escapes are kept as bytes).
const { Buffer } = require('buffer');

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! * ' ( )
const UNRESERVED = /[A-Za-z0-9\-._~!*'()]/;

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const ch = str[i];
    if (UNRESERVED.test(ch)) {
      out += ch;
      continue;
    }
    let cp = str.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = str.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_URI();
      }
      cp = 0x10000 + ((cp & 0x3ff) << 10) + (next & 0x3ff);
      i++;
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_URI();
    }
    for (const byte of Buffer.from(String.fromCodePoint(cp))) {
      out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

const isHex = (c) => /[0-9a-fA-F]/.test(c);

function unescapeBuffer(s, decodeSpaces = false) {
  const out = Buffer.allocUnsafe(Buffer.byteLength(s));
  const bytes = Buffer.from(s);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x2b && decodeSpaces) {
      out[n++] = 0x20;
    } else if (b === 0x25 && i + 2 < bytes.length && isHex(String.fromCharCode(bytes[i + 1])) &&
      isHex(String.fromCharCode(bytes[i + 2]))) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.subarray(0, n);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep = '&', eq = '=', options = undefined) {
  sep ||= '&';
  eq ||= '=';
  const encode = typeof options?.encodeURIComponent === 'function' ? options.encodeURIComponent : qs.escape;
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const ks = encode(stringifyPrimitive(key)) + eq;
    if (Array.isArray(value)) {
      for (const item of value) parts.push(ks + encode(stringifyPrimitive(item)));
    } else {
      parts.push(ks + encode(stringifyPrimitive(value)));
    }
  }
  return parts.join(sep);
}

function parse(qsString, sep = '&', eq = '=', options = undefined) {
  const obj = { __proto__: null };
  if (typeof qsString !== 'string' || qsString.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxKeys = 1000;
  if (typeof options?.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : qs.unescape;
  let pairs = qsString.split(sep);
  if (maxKeys > 0) pairs = pairs.slice(0, maxKeys);
  const decodeOne = (s) => {
    const spaced = s.replace(/\+/g, ' ');
    if (decode === unescape) return unescape(spaced, true);
    try {
      return decode(spaced);
    } catch {
      return unescape(spaced, true);
    }
  };
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    const idx = pair.indexOf(eq);
    const key = decodeOne(idx >= 0 ? pair.slice(0, idx) : pair);
    const value = idx >= 0 ? decodeOne(pair.slice(idx + eq.length)) : '';
    if (key in obj) {
      const current = obj[key];
      if (Array.isArray(current)) current.push(value);
      else obj[key] = [current, value];
    } else {
      obj[key] = value;
    }
  }
  return obj;
}

const qs = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

module.exports = qs;
