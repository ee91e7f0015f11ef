'use strict';

// fs.Dir (opendir): the entries are listed when the directory is opened and handed out one by one.

const { codes } = require('internal/errors');
const { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION } = codes;
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  binding, check, isError, uvError, getValidatedPath, toNativePath, getOptions, direntTypeFromStats,
} = require('internal/fs/utils');
const { Dirent, statsFromNative } = require('internal/fs/stats');

const kEntries = Symbol('kDirEntries');
const kPath = Symbol('kDirPath');
const kClosed = Symbol('kDirClosed');
const kOptions = Symbol('kDirOptions');
const kOperationPending = Symbol('kDirOperationPending');

function toDirents(packed, path) {
  if (packed === '') return [];
  return packed.split('/').map((e) => {
    const name = e.slice(1);
    let type = e.charCodeAt(0) - 48;
    if (type === 0) {
      const st = binding().lstat(toNativePath(path) + '/' + name, undefined);
      if (!isError(st)) type = direntTypeFromStats(statsFromNative(st, false));
    }
    return new Dirent(name, type, path);
  });
}

class Dir {
  constructor(path, entries, options) {
    this[kPath] = path;
    this[kEntries] = entries;
    this[kClosed] = false;
    this[kOptions] = options;
    this[kOperationPending] = false;
  }

  get path() {
    return this[kPath];
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationPending]) throw new ERR_DIR_CONCURRENT_OPERATION();
    const next = this[kEntries].shift();
    return next === undefined ? null : next;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, d) => (err ? reject(err) : resolve(d))));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    const next = this[kEntries].shift();
    process.nextTick(callback, null, next === undefined ? null : next);
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationPending]) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    this[kEntries] = [];
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kClosed] = true;
    this[kEntries] = [];
    process.nextTick(callback, null);
  }

  async* entries() {
    try {
      while (true) {
        const d = await this.read();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  * [Symbol.iterator]() {
    try {
      let d;
      while ((d = this.readSync()) !== null) yield d;
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }

  async [Symbol.asyncDispose]() {
    if (!this[kClosed]) await this.close();
  }

  [Symbol.dispose]() {
    if (!this[kClosed]) this.closeSync();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) {
    validateUint32(options.bufferSize, 'options.bufferSize', true);
  }
  return options;
}

function opendirSync(path, options) {
  const p = getValidatedPath(path);
  options = dirOptions(options);
  const packed = check(binding().readdir(toNativePath(p), undefined), 'opendir', p);
  return new Dir(p, toDirents(packed, p), options);
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  const p = getValidatedPath(path);
  options = dirOptions(typeof options === 'function' ? undefined : options);
  binding().readdir(toNativePath(p), (r) => {
    if (isError(r)) callback(uvError(r, 'opendir', p));
    else callback(null, new Dir(p, toDirents(r, p), options));
  });
}

module.exports = { Dir, opendir, opendirSync };
