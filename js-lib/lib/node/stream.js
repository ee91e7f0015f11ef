'use strict';

// node:stream: the readable-stream WebJar (Node's own stream implementation, packaged for other runtimes) with what
// Node exports on top. Loaded from its lib/stream.js directly: the package entry (lib/ours/index.js) requires
// 'stream' itself, which would be this module.
require('events'); // defines Symbol.dispose before readable-stream captures it
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
