'use strict';

// node:punycode (deprecated in Node): RFC 3492 encode/decode and the IDNA toASCII/toUnicode helpers.
const { punycodeEncode, punycodeDecode } = require('internal/url');

process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
  'DeprecationWarning', 'DEP0040');

function mapDomain(domain, fn) {
  const at = domain.lastIndexOf('@');
  const prefix = at === -1 ? '' : domain.slice(0, at + 1);
  const host = at === -1 ? domain : domain.slice(at + 1);
  return prefix + host.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.').map(fn).join('.');
}

function ucs2decode(string) {
  return Array.from(string, (ch) => ch.codePointAt(0));
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

function decode(input) {
  const out = punycodeDecode(input);
  if (out === null) throw new RangeError('Invalid input');
  return out;
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode: punycodeEncode,
  toASCII: (input) => mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${punycodeEncode(label)}` : label)),
  toUnicode: (input) => mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label)),
};
