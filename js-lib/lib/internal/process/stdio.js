'use strict';

// process.stdin/stdout/stderr. On Linux Node writes to files, pipes and TTYs synchronously, so stdout and
// stderr are Writables over a blocking write of the fd.

function guessType(fd) {
  try {
    return internalBinding('stdio').type(fd);
  } catch {
    return 'pipe';
  }
}

function createWritable(fd) {
  const { Writable } = require('stream');
  const stdio = internalBinding('stdio');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      let rc;
      if (typeof chunk === 'string') {
        if (encoding === 'utf8' || encoding === 'utf-8') rc = stdio.writeString(fd, chunk);
        else chunk = Buffer.from(chunk, encoding);
      }
      if (rc === undefined) rc = stdio.writeBuffer(fd, chunk.buffer, chunk.byteOffset, chunk.byteLength);
      if (rc < 0) {
        const { ErrnoException } = require('internal/errors');
        callback(new ErrnoException(rc, 'write'));
        return;
      }
      callback();
    },
  });
  stream.fd = fd;
  stream._type = guessType(fd);
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  // Destroying stdout/stderr must not close fds 1 and 2.
  stream._destroy = function(err, cb) {
    cb(err);
  };
  if (stream._type === 'tty') {
    stream.isTTY = true;
    const size = () => {
      const ws = stdio.windowSize(fd);
      return ws == null ? [80, 24] : [ws[0], ws[1]];
    };
    Object.defineProperty(stream, 'columns', { get: () => size()[0], enumerable: true, configurable: true });
    Object.defineProperty(stream, 'rows', { get: () => size()[1], enumerable: true, configurable: true });
    stream.getWindowSize = () => size();
    stream.hasColors = (count = 16) => count <= 256 && !('NO_COLOR' in process.env);
    stream.getColorDepth = () => ('NO_COLOR' in process.env ? 1 : 8);
  }
  return stream;
}

function createStdin() {
  const { Readable } = require('stream');
  const stdio = internalBinding('stdio');
  let started = false;
  const stream = new Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (!started) {
        started = true;
        stdio.readStart((chunk) => {
          if (chunk == null) {
            stream.push(null);
          } else if (!stream.push(Buffer.from(new ArrayBuffer(chunk)))) {
            stdio.readPause();
          }
        });
      } else {
        stdio.readResume();
      }
    },
    destroy(err, cb) {
      stdio.readStop();
      cb(err);
    },
  });
  stream.fd = 0;
  stream.isTTY = guessType(0) === 'tty' ? true : undefined;
  stream.setRawMode = () => stream;
  return stream;
}

function create(fd) {
  return fd === 0 ? createStdin() : createWritable(fd);
}

module.exports = { create };
