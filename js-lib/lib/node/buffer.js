'use strict';

// node:buffer: the `buffer` WebJar with Node's module-level additions.
const vendor = require('vendor:buffer/index.js');

const Buffer = vendor.Buffer;
const kMaxLength = vendor.kMaxLength;

module.exports = {
  Buffer,
  SlowBuffer: vendor.SlowBuffer,
  INSPECT_MAX_BYTES: 50,
  kMaxLength,
  kStringMaxLength: 2 ** 29 - 24,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 },
};
Object.defineProperty(module.exports, 'atob', { get: () => globalThis.atob, enumerable: true });
Object.defineProperty(module.exports, 'btoa', { get: () => globalThis.btoa, enumerable: true });
