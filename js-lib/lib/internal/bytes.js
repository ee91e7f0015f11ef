'use strict';

// Plain views and copies for the IPC framers: a Buffer's own subarray/concat go through machinery that is slow
// where Buffer is a JS polyfill.

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
