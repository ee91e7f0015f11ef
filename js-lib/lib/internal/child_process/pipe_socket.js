'use strict';

// A Duplex over a native stream handle (Node's net.Socket over a Pipe): the child's stdio ends in the parent.
// Reads arrive as onread(nread, chunk); a false push() stops reading until _read() is called again.
const { Duplex } = require('stream');
const { Buffer } = require('buffer');

const UV_EOF = -4095;
const kHandle = Symbol('kHandle');

function errnoException(errno, syscall) {
  const { ErrnoException } = require('internal/errors');
  return new ErrnoException(errno, syscall);
}

// The socket's `_handle`: a JS object over the native stream, as Node's Pipe handle is one, so that programs and
// tests can patch its methods (Node's own pipe-dataflow test replaces readStart).
class PipeHandle {
  constructor(wrap) {
    this[kHandle] = wrap;
  }

  fd() {
    return this[kHandle].fd();
  }

  readStart(onread) {
    return this[kHandle].readStart(onread);
  }

  readStop() {
    return this[kHandle].readStop();
  }

  writeBuffer(arrayBuffer, offset, length, callback) {
    return this[kHandle].writeBuffer(arrayBuffer, offset, length, callback);
  }

  writeUtf8String(text, callback) {
    return this[kHandle].writeUtf8String(text, callback);
  }

  writeQueueSize() {
    return this[kHandle].writeQueueSize();
  }

  shutdown(callback) {
    return this[kHandle].shutdown(callback);
  }

  close(callback) {
    return this[kHandle].close(callback);
  }

  ref() {
    return this[kHandle].ref();
  }

  unref() {
    return this[kHandle].unref();
  }

  hasRef() {
    return this[kHandle].hasRef();
  }
}

class PipeSocket extends Duplex {
  constructor({ handle, readable, writable }) {
    super({ allowHalfOpen: false, readable, writable, emitClose: false, autoDestroy: true, decodeStrings: false });
    this._handle = handle === null ? null : new PipeHandle(handle);
    this.connecting = false;
    this._reading = false;
    this.bytesWritten = 0;
    this._hadError = false;
    this.once('end', onReadableEnd);
    // Like net.Socket: a readable pipe starts reading at once, so output is taken in as the child writes it.
    if (handle !== null && readable) this.read(0);
  }

  get fd() {
    return this._handle ? this._handle.fd() : -1;
  }

  get readyState() {
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  }

  get writableLength() {
    return super.writableLength;
  }

  get pending() {
    return this._handle === null;
  }

  _read() {
    const handle = this._handle;
    if (handle === null || this._reading) return;
    this._reading = true;
    const rc = handle.readStart((nread, chunk) => this._onread(nread, chunk));
    if (rc < 0) {
      this._reading = false;
      this.destroy(errnoException(rc, 'read'));
    }
  }

  _onread(nread, chunk) {
    if (nread > 0) {
      this.bytesRead = (this.bytesRead || 0) + nread;
      const buffer = Buffer.from(new ArrayBuffer(chunk), 0, nread);
      if (!this.push(buffer) && this._handle !== null) {
        this._reading = false;
        this._handle.readStop();
      }
      return;
    }
    this._reading = false;
    if (nread === UV_EOF) {
      // As Node's stream_base: end now unless data is still waiting to be read.
      this.push(null);
      this.read(0);
      return;
    }
    this.destroy(errnoException(nread, 'read'));
  }

  _write(chunk, encoding, callback) {
    this._writeGeneric([{ chunk, encoding }], callback);
  }

  _writev(chunks, callback) {
    this._writeGeneric(chunks, callback);
  }

  _writeGeneric(chunks, callback) {
    const handle = this._handle;
    if (handle === null) {
      const { codes } = require('internal/errors');
      callback(new codes.ERR_SOCKET_CLOSED());
      return;
    }
    let buffer;
    if (chunks.length === 1) {
      const { chunk, encoding } = chunks[0];
      buffer = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    } else {
      buffer = Buffer.concat(chunks.map(({ chunk, encoding }) =>
        (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk)));
    }
    const length = buffer.byteLength;
    const rc = handle.writeBuffer(buffer.buffer, buffer.byteOffset, length, (status) => {
      if (status < 0) {
        callback(errnoException(status, 'write'));
        return;
      }
      this.bytesWritten += length;
      callback();
    });
    if (rc < 0) callback(errnoException(rc, 'write'));
  }

  _final(callback) {
    const handle = this._handle;
    if (handle === null) {
      callback();
      return;
    }
    const rc = handle.shutdown((status) => {
      if (status < 0 && status !== -107 && status !== -32) {
        callback(errnoException(status, 'shutdown'));
        return;
      }
      callback();
      // Write side done: if the read side is done too, the socket closes.
      if (!this.readable || this.readableEnded) this.destroy();
    });
    if (rc < 0) callback(errnoException(rc, 'shutdown'));
  }

  _destroy(err, callback) {
    const handle = this._handle;
    this._hadError = !!err;
    if (handle === null) {
      callback(err);
      process.nextTick(() => this.emit('close', this._hadError));
      return;
    }
    this._handle = null;
    this._reading = false;
    handle.close(() => {
      this.emit('close', this._hadError);
    });
    callback(err);
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }

  setEncodingCompat() {}
}

// Node's sockets without allowHalfOpen end their write side once the read side ended; a read-only pipe then
// closes.
function onReadableEnd() {
  if (!this.writable || this.writableEnded || this.writableFinished) {
    this.destroy();
  } else {
    this.end();
  }
}

module.exports = { PipeSocket, UV_EOF };
