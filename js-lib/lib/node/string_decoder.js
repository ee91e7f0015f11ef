'use strict';

// node:string_decoder: the string_decoder WebJar (Node's own algorithm) with Node's encoding check and errors and
// base64url, which that copy predates (decoded as base64, then re-alphabeted without padding).
const vendor = require('vendor:string_decoder/lib/string_decoder.js');

const VendorDecoder = vendor.StringDecoder;

function toBase64url(text) {
  return text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function normalize(encoding) {
  const { Buffer } = require('buffer');
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
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
  return baseWrite.call(this, Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength));
};

module.exports = { StringDecoder };
