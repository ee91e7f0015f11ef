'use strict';

// fs.ReadStream and fs.WriteStream: stream.Readable/Writable over an fd, opened in _construct (which emits
// 'open' with the fd, then 'ready'), read/written with fs.read/fs.write at a tracked position, closed on destroy.

const { Buffer } = require('buffer');
const { Readable, Writable, finished } = require('stream');
const { codes } = require('internal/errors');
const { ERR_OUT_OF_RANGE, ERR_INVALID_ARG_TYPE } = codes;
const { validateInteger, validateFunction } = require('internal/validators');
const {
  binding, isError, uvError, bufferFromNative, getValidatedPath, copyObject, parseFileMode, assertEncoding,
} = require('internal/fs/utils');

const kIsPerformingIO = Symbol('kIsPerformingIO');
const kUtf8Reader = Symbol('kUtf8Reader');
const kHandle = Symbol('kHandle');

function lazyFs() {
  return require('fs');
}

function streamOptions(options) {
  if (options == null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  return copyObject(options);
}

// Shared by both streams: path or fd, flags, mode, autoClose.
function setupFile(stream, path, options, defaultFlags) {
  stream.fd = null;
  if (options.fd != null) {
    const fd = options.fd;
    if (typeof fd === 'number') {
      validateInteger(fd, 'fd', 0, 2147483647);
      stream.fd = fd;
    } else if (typeof fd === 'object' && typeof fd.fd === 'number' && typeof fd.close === 'function') {
      // A FileHandle: the stream reads/writes its fd and closes it through the handle.
      stream.fd = fd.fd;
      stream[kHandle] = fd;
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
    }
    stream.path = undefined;
  } else {
    stream.path = getValidatedPath(path);
  }
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : parseFileMode(options.mode, 'mode');
  // autoClose is the stream's autoDestroy (set before the base constructor reads the options).
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (options.encoding != null) assertEncoding(options.encoding);
}

function construct(stream, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  lazyFs().open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeFd(stream, err, callback) {
  if (!stream.fd && stream.fd !== 0) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  if (stream[kHandle]) {
    stream[kHandle].close().then(() => callback(err), (closeErr) => callback(closeErr || err));
    return;
  }
  lazyFs().close(fd, (closeErr) => callback(closeErr || err));
}

function destroy(stream, err, callback) {
  const finish = () => {
    if (stream.fd !== null && stream.autoClose) closeFd(stream, err, callback);
    else callback(err);
  };
  // Wait for a read/write in flight so its fd is not closed under it.
  if (stream[kIsPerformingIO]) stream.once('kIoDone', finish);
  else finish();
}

// ---- ReadStream
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = streamOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  setupFile(this, path, options, 'r');
  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    if (typeof this.end !== 'number') throw new ERR_INVALID_ARG_TYPE('end', 'number', this.end);
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
});

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

ReadStream.prototype._construct = function (callback) {
  construct(this, callback);
};

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (useUtf8Reader(this)) {
    readText(this, Math.max(n, 0));
    return;
  }
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  // The chunk is read into fresh native memory and pushed as is (no copy into a JS-allocated Buffer).
  binding().read(this.fd, n, this.pos === undefined ? -1 : this.pos, (r) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit('kIoDone', isError(r) ? uvError(r, 'read') : null);
      return;
    }
    if (isError(r)) {
      this.destroy(uvError(r, 'read'));
      return;
    }
    const chunk = bufferFromNative(r);
    const bytesRead = chunk.length;
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

// A stream whose encoding is utf8 from its first read on is decoded by the binding (JS decoding is slow).
function useUtf8Reader(stream) {
  if (stream[kUtf8Reader] !== undefined) return stream[kUtf8Reader] !== null;
  const enc = stream._readableState.encoding;
  stream[kUtf8Reader] = enc === 'utf8' || enc === 'utf-8' ? binding().utf8Reader() : null;
  return stream[kUtf8Reader] !== null;
}

function readText(stream, n) {
  stream[kIsPerformingIO] = true;
  stream[kUtf8Reader].read(stream.fd, n, stream.pos === undefined ? -1 : stream.pos, (r) => {
    stream[kIsPerformingIO] = false;
    // [bytesRead, text], or a bare -errno when the call itself failed.
    const bytesRead = typeof r === 'number' ? r : r[0];
    if (stream.destroyed) {
      stream.emit('kIoDone', bytesRead < 0 ? uvError(bytesRead, 'read') : null);
      return;
    }
    if (bytesRead < 0) {
      stream.destroy(uvError(bytesRead, 'read'));
      return;
    }
    const text = r[1];
    if (bytesRead > 0) {
      if (stream.pos !== undefined) stream.pos += bytesRead;
      stream.bytesRead += bytesRead;
      // An empty string (a chunk that ended mid-character) still counts as progress for the stream.
      stream.push(text, 'utf8');
    } else {
      if (text.length > 0) stream.push(text, 'utf8');
      stream.push(null);
    }
  });
}

ReadStream.prototype._destroy = function (err, callback) {
  destroy(this, err, callback);
};

ReadStream.prototype.close = function (callback) {
  if (typeof callback === 'function') finished(this, callback);
  this.destroy();
};

// ---- WriteStream
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = streamOptions(options);
  options.decodeStrings = true;
  setupFile(this, path, options, 'w');
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this.flush = options.flush === true;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
});

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

WriteStream.prototype._construct = function (callback) {
  construct(this, callback);
};

function writeChunk(stream, data, callback) {
  stream[kIsPerformingIO] = true;
  lazyFs().write(stream.fd, data, 0, data.length, stream.pos === undefined ? null : stream.pos, (err, bytes) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      callback(err);
      stream.emit('kIoDone', err);
      return;
    }
    if (err) {
      callback(err);
      return;
    }
    stream.bytesWritten += bytes;
    callback();
  });
  if (stream.pos !== undefined) stream.pos += data.length;
}

WriteStream.prototype._write = function (data, encoding, callback) {
  writeChunk(this, data, callback);
};

WriteStream.prototype._writev = function (chunks, callback) {
  const buffers = chunks.map((c) => c.chunk);
  writeChunk(this, Buffer.concat(buffers), callback);
};

WriteStream.prototype._final = function (callback) {
  if (!this.flush) {
    callback();
    return;
  }
  lazyFs().fsync(this.fd, callback);
};

WriteStream.prototype._destroy = function (err, callback) {
  destroy(this, err, callback);
};

WriteStream.prototype.close = function (callback) {
  if (callback) {
    validateFunction(callback, 'callback');
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
