'use strict';

// node:stream: the readable-stream WebJar (Node's own stream implementation, packaged for other runtimes) with what
// Node exports on top. Loaded from its lib/stream.js directly: the package entry (lib/ours/index.js) requires
// 'stream' itself, which would be this module.
require('events'); // defines Symbol.dispose before readable-stream captures it

// readable-stream carries its own copies of Node's error classes; swap in gnode's before any stream file
// destructures them, so errors print and compare as Node's do (`TypeError [ERR_X]: ...`, one AbortError class).
const vendorErrors = require('vendor:readable-stream/lib/ours/errors.js');
const gnodeErrors = require('internal/errors');
for (const key of Object.keys(vendorErrors.codes)) {
  if (gnodeErrors.codes[key] !== undefined) vendorErrors.codes[key] = gnodeErrors.codes[key];
}
vendorErrors.AbortError = gnodeErrors.AbortError;
vendorErrors.aggregateTwoErrors = gnodeErrors.aggregateTwoErrors;
const Stream = require('vendor:readable-stream/lib/stream.js');
const promises = require('vendor:readable-stream/lib/stream/promises.js');

// Node 22+ buffers 64 KiB per byte stream by default (16 objects in object mode is unchanged).
Stream.setDefaultHighWaterMark(false, 65536);

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return promises; },
});

Stream._isArrayBufferView = ArrayBuffer.isView;

// Node 20+ streams take any TypedArray or DataView as a chunk (as a Buffer over the same memory); this copy of
// the stream code knows only Uint8Array, so views are converted and other chunk types get Node's error.
const CHUNK_TYPES = ['string', 'Buffer', 'TypedArray', 'DataView'];
function viewAsBuffer(chunk) {
  const { Buffer } = require('buffer');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}
function isForeignChunk(chunk) {
  return chunk !== null && typeof chunk !== 'string' && !(chunk instanceof Uint8Array);
}
for (const Class of [Stream.Writable, Stream.Duplex]) {
  const baseWrite = Class.prototype.write;
  Class.prototype.write = function write(chunk, encoding, cb) {
    if (!this._writableState?.objectMode && isForeignChunk(chunk)) {
      if (ArrayBuffer.isView(chunk)) chunk = viewAsBuffer(chunk);
      else throw new gnodeErrors.codes.ERR_INVALID_ARG_TYPE('chunk', CHUNK_TYPES, chunk);
    }
    return baseWrite.call(this, chunk, encoding, cb);
  };
}
const { errorOrDestroy } = require('vendor:readable-stream/lib/internal/streams/destroy.js');
for (const method of ['push', 'unshift']) {
  const base = Stream.Readable.prototype[method];
  Stream.Readable.prototype[method] = function (chunk, encoding) {
    if (!this._readableState?.objectMode && chunk !== undefined && isForeignChunk(chunk)) {
      if (ArrayBuffer.isView(chunk)) {
        chunk = viewAsBuffer(chunk);
      } else {
        errorOrDestroy(this, new gnodeErrors.codes.ERR_INVALID_ARG_TYPE('chunk', CHUNK_TYPES, chunk));
        return false;
      }
    }
    return base.call(this, chunk, encoding);
  };
}

// duplexPair(): two Duplex ends where what one writes the other reads.
Stream.duplexPair = function duplexPair(options = undefined) {
  const { Duplex } = Stream;
  const makeSide = () => {
    const side = new Duplex({
      ...options,
      read() {
        const callback = side._pendingWrite;
        if (callback) {
          side._pendingWrite = null;
          callback();
        }
      },
      write(chunk, encoding, callback) {
        if (chunk.length === 0) {
          process.nextTick(callback);
        } else {
          side._otherSide._pendingWrite = null;
          const pushed = side._otherSide.push(chunk);
          if (pushed) callback();
          else side._otherSide._pendingWrite = callback;
        }
      },
      final(callback) {
        side._otherSide.on('end', callback);
        side._otherSide.push(null);
      },
    });
    side._pendingWrite = null;
    return side;
  };
  const a = makeSide();
  const b = makeSide();
  a._otherSide = b;
  b._otherSide = a;
  return [a, b];
};

module.exports = Stream;
