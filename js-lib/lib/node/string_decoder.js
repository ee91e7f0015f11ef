'use strict';

// node:string_decoder: the string_decoder WebJar (Node's own algorithm) with Node's encoding check and errors and
// base64url, which that copy predates (decoded as base64, then re-alphabeted without padding).
const vendor = require('vendor:string_decoder/lib/string_decoder.js');

const VendorDecoder = vendor.StringDecoder;

function toBase64url(text) {
  return text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function normalize(encoding) {
  if (encoding === undefined || encoding === null || encoding === '' || encoding === 'utf8') return 'utf8';
  const { Buffer } = require('buffer');
  if (!Buffer.isEncoding(encoding)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNKNOWN_ENCODING(encoding);
  }
  const lower = `${encoding}`.toLowerCase();
  switch (lower) {
    case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf-16le': return 'utf16le';
    case 'binary': return 'latin1';
    default: return lower;
  }
}

function StringDecoder(encoding) {
  const normalized = normalize(encoding);
  const base64url = normalized === 'base64url';
  VendorDecoder.call(this, base64url ? 'base64' : normalized);
  this.encoding = normalized;
  if (base64url) {
    const write = this.write;
    const end = this.end;
    this.write = (buf) => toBase64url(write.call(this, buf));
    this.end = (buf) => toBase64url(end.call(this, buf));
  }
}
StringDecoder.prototype = VendorDecoder.prototype;

const baseWrite = VendorDecoder.prototype.write;
VendorDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const { Buffer } = require('buffer');
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  // UTF-8 with no character pending that ends on an ASCII byte: the algorithm below would decode the whole chunk as
  // it is, so do that directly (it costs several times more in the interpreter).
  if (this.encoding === 'utf8' && !this.lastNeed && bytes.length > 0 && bytes[bytes.length - 1] < 0x80) {
    return bytes.toString();
  }
  return baseWrite.call(this, bytes);
};

module.exports = { StringDecoder };
