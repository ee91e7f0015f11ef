'use strict';

// node:tty: isatty() from the fd's kind; ReadStream/WriteStream are minimal stream classes with the TTY surface
// (gnode's process.stdout/stderr/stdin are built by internal/process/stdio, not from these).
const { Readable, Writable } = require('stream');

function stdioBinding() {
  return require('internal/bootstrap/realm').internalBinding('stdio');
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && stdioBinding().type(fd) === 'tty';
}

function validateFd(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_FD(fd);
  }
}

class ReadStream extends Readable {
  constructor(fd, options = undefined) {
    validateFd(fd);
    super(options);
    this.fd = fd;
    this.isRaw = false;
    this.isTTY = true;
  }
  _read() {}
  setRawMode(flag) {
    this.isRaw = !!flag;
    return this;
  }
}

class WriteStream extends Writable {
  constructor(fd) {
    validateFd(fd);
    super();
    this.fd = fd;
    this.isTTY = true;
    const [columns, rows] = stdioBinding().windowSize(fd) ?? [80, 24];
    this.columns = columns;
    this.rows = rows;
  }
  _write(chunk, encoding, callback) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    stdioBinding().writeBuffer(this.fd, buf.buffer, buf.byteOffset, buf.byteLength);
    callback();
  }
  getWindowSize() { return [this.columns, this.rows]; }
  getColorDepth(env = process.env) {
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return 1;
    if (env.FORCE_COLOR !== undefined) return { '': 4, 1: 4, 2: 8, 3: 24, 0: 1, true: 4, false: 1 }[env.FORCE_COLOR] ?? 4;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (/-256(color)?$/i.test(env.TERM ?? '')) return 8;
    return env.TERM ? 4 : 1;
  }
  hasColors(count = 16, env = undefined) {
    if (typeof count === 'object') {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }
  clearLine(dir, callback) { return require('readline').clearLine(this, dir, callback); }
  clearScreenDown(callback) { return require('readline').clearScreenDown(this, callback); }
  cursorTo(x, y, callback) { return require('readline').cursorTo(this, x, y, callback); }
  moveCursor(dx, dy, callback) { return require('readline').moveCursor(this, dx, dy, callback); }
}

module.exports = { isatty, ReadStream, WriteStream };
