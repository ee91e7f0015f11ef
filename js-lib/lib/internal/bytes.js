'use strict';

// Plain Uint8Array views and copies. A Buffer's own subarray goes through the species constructor (the polyfill's
// Buffer function) and its concat through more of the polyfill: microseconds each in GraalJS's interpreter.

function view(bytes, start, end) {
  return new Uint8Array(bytes.buffer, bytes.byteOffset + start, end - start);
}

function concatBytes(parts) {
  let length = 0;
  for (let i = 0; i < parts.length; i++) length += parts[i].length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    out.set(parts[i], offset);
    offset += parts[i].length;
  }
  return out;
}

module.exports = { view, concatBytes };
