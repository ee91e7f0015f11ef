'use strict';

// node:fs/promises: each call is the callback form of node:fs settled as a promise (validation errors reject,
// as in Node's async functions), plus FileHandle over a real fd.

const EventEmitter = require('events');
const fs = require('fs');
const { validateFd } = require('internal/fs/utils');

function call(fn, args) {
  return new Promise((resolve, reject) => {
    Reflect.apply(fn, fs, [...args, (err, value) => (err ? reject(err) : resolve(value))]);
  });
}

// Trailing undefined arguments are dropped so the callback lands where the callback form looks for it.
function trim(args) {
  const out = Array.prototype.slice.call(args);
  while (out.length > 0 && out[out.length - 1] === undefined) out.pop();
  return out;
}

function wrap(fn) {
  return async function (...args) {
    return call(fn, trim(args));
  };
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

// Emits like an EventEmitter without being one (Node mixes EventEmitter's methods in).
class FileHandle {
  constructor(fd) {
    Reflect.apply(EventEmitter, this, []);
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return -1;
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = call(fs.close, [fd]).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  async read(buffer, offset, length, position) {
    let options = {};
    if (buffer != null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
      options = buffer;
      buffer = options.buffer;
    } else if (offset != null && typeof offset === 'object') {
      options = offset;
    } else if (buffer !== undefined) {
      options = { offset, length, position };
    }
    if (buffer === undefined) buffer = Buffer.alloc(16384);
    const o = {
      offset: options.offset == null ? 0 : options.offset,
      position: options.position === undefined ? null : options.position,
    };
    o.length = options.length == null ? buffer.byteLength - o.offset : options.length;
    const bytesRead = await new Promise((resolve, reject) => {
      fs.read(this[kFd], buffer, o.offset, o.length, o.position, (err, n) => (err ? reject(err) : resolve(n)));
    });
    return { __proto__: null, bytesRead, buffer };
  }

  async write(buffer, offsetOrOptions, length, position) {
    const args = trim([buffer, offsetOrOptions, length, position]);
    const bytesWritten = await new Promise((resolve, reject) => {
      Reflect.apply(fs.write, fs, [this[kFd], ...args, (err, n) => (err ? reject(err) : resolve(n))]);
    });
    return { __proto__: null, bytesWritten, buffer };
  }

  async readv(buffers, position) {
    const bytesRead = await new Promise((resolve, reject) => {
      fs.readv(this[kFd], buffers, position, (err, n) => (err ? reject(err) : resolve(n)));
    });
    return { __proto__: null, bytesRead, buffers };
  }

  async writev(buffers, position) {
    const bytesWritten = await new Promise((resolve, reject) => {
      fs.writev(this[kFd], buffers, position, (err, n) => (err ? reject(err) : resolve(n)));
    });
    return { __proto__: null, bytesWritten, buffers };
  }

  readFile(options) { return call(fs.readFile, trim([this[kFd], options])); }
  writeFile(data, options) { return call(fs.writeFile, trim([this[kFd], data, options])); }
  appendFile(data, options) { return call(fs.appendFile, trim([this[kFd], data, options])); }
  stat(options) { return call(fs.fstat, trim([this[kFd], options])); }
  truncate(len) { return call(fs.ftruncate, trim([this[kFd], len])); }
  sync() { return call(fs.fsync, [this[kFd]]); }
  datasync() { return call(fs.fdatasync, [this[kFd]]); }
  chmod(mode) { return call(fs.fchmod, [this[kFd], mode]); }
  chown(uid, gid) { return call(fs.fchown, [this[kFd], uid, gid]); }
  utimes(atime, mtime) { return call(fs.futimes, [this[kFd], atime, mtime]); }

  createReadStream(options = undefined) {
    return fs.createReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    return fs.createWriteStream(undefined, { ...options, fd: this });
  }
}

for (const key of Reflect.ownKeys(EventEmitter.prototype)) {
  if (key !== 'constructor' && !Object.prototype.hasOwnProperty.call(FileHandle.prototype, key)) {
    Object.defineProperty(FileHandle.prototype, key,
      Object.getOwnPropertyDescriptor(EventEmitter.prototype, key));
  }
}

async function open(path, flags, mode) {
  const fd = await call(fs.open, trim([path, flags, mode]));
  return new FileHandle(fd);
}

// A FileHandle where fs takes a path: its fd.
function pathOrHandle(fn) {
  return async function (path, ...rest) {
    if (path instanceof FileHandle) path = path.fd;
    else if (typeof path === 'number') validateFd(path, 'path');
    return call(fn, trim([path, ...rest]));
  };
}

async function mkdtempDisposable(prefix, options) {
  const created = await call(fs.mkdtemp, trim([prefix, options]));
  const absolute = require('path').resolve(typeof created === 'string' ? created : created.toString());
  const remove = () => call(fs.rm, [absolute, { recursive: true, force: true }]);
  return { __proto__: null, path: created, remove, [Symbol.asyncDispose]: remove };
}

async function access(path, mode) {
  return call(fs.access, trim([path, mode]));
}

const promises = {
  access,
  copyFile: wrap(fs.copyFile),
  cp: wrap(fs.cp),
  open,
  rename: wrap(fs.rename),
  truncate: wrap(fs.truncate),
  rm: wrap(fs.rm),
  rmdir: wrap(fs.rmdir),
  mkdir: wrap(fs.mkdir),
  readdir: wrap(fs.readdir),
  readlink: wrap(fs.readlink),
  symlink: wrap(fs.symlink),
  lstat: wrap(fs.lstat),
  stat: wrap(fs.stat),
  link: wrap(fs.link),
  unlink: wrap(fs.unlink),
  chmod: wrap(fs.chmod),
  lchown: wrap(fs.lchown),
  chown: wrap(fs.chown),
  utimes: wrap(fs.utimes),
  lutimes: wrap(fs.lutimes),
  realpath: wrap(fs.realpath),
  opendir: wrap(fs.opendir),
  mkdtemp: wrap(fs.mkdtemp),
  mkdtempDisposable,
  writeFile: pathOrHandle(fs.writeFile),
  appendFile: pathOrHandle(fs.appendFile),
  readFile: pathOrHandle(fs.readFile),
  glob() {
    const err = new Error('gnode: fs/promises.glob() is not implemented in gnode yet');
    err.code = 'ERR_GNODE_NOT_IMPLEMENTED';
    throw err;
  },
  watch() {
    const err = new Error('gnode: fs/promises.watch() is not implemented in gnode yet');
    err.code = 'ERR_GNODE_NOT_IMPLEMENTED';
    throw err;
  },
};

Object.defineProperty(promises, 'constants', { __proto__: null, enumerable: true, get: () => fs.constants });
Object.defineProperty(promises, 'FileHandle', { __proto__: null, enumerable: false, value: FileHandle });

module.exports = promises;
