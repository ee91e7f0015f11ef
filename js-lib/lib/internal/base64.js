'use strict';

// atob/btoa: forgiving-base64 as the HTML spec defines it, with Node's errors.

function invalidChar() {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException('Invalid character', 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('input');
  }
  input = `${input}`;
  // One RegExp test instead of a per-character loop (much cheaper in gnode's interpreter).
  if (/[^\u0000-\u00ff]/.test(input)) throw invalidChar();
  return require('buffer').Buffer.from(input, 'latin1').toString('base64');
}

function atob(input) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('input');
  }
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1) throw invalidChar();
  if (/[^A-Za-z0-9+/]/.test(input)) throw invalidChar();
  return require('buffer').Buffer.from(input, 'base64').toString('latin1');
}

module.exports = { atob, btoa };
