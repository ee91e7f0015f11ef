'use strict';

// fs.Stats, fs.BigIntStats and fs.Dirent, built from the binding's 18 int64 stat fields
// (dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then atime/mtime/ctime/birthtime as sec, nsec).

const S_IFMT = 0o170000, S_IFREG = 0o100000, S_IFDIR = 0o40000, S_IFCHR = 0o20000, S_IFBLK = 0o60000,
  S_IFIFO = 0o10000, S_IFLNK = 0o120000, S_IFSOCK = 0o140000;

const kType = Symbol('type');

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

class StatsBase {
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

// Dates are made on first access (as in Node), then stay as own properties.
function defineLazyDates(proto) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        const value = dateFromMs(this[name + 'Ms']);
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super();
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
  }

  _checkModeProperty(property) {
    return (this.mode & S_IFMT) === property;
  }
}
defineLazyDates(Stats.prototype);

class BigIntStats extends StatsBase {
  constructor(f) {
    super();
    this.dev = f[0];
    this.mode = f[1];
    this.nlink = f[2];
    this.uid = f[3];
    this.gid = f[4];
    this.rdev = f[5];
    this.blksize = f[6];
    this.ino = f[7];
    this.size = f[8];
    this.blocks = f[9];
    this.atimeMs = f[10] * 1000n + f[11] / 1000000n;
    this.mtimeMs = f[12] * 1000n + f[13] / 1000000n;
    this.ctimeMs = f[14] * 1000n + f[15] / 1000000n;
    this.birthtimeMs = f[16] * 1000n + f[17] / 1000000n;
    this.atimeNs = f[10] * 1000000000n + f[11];
    this.mtimeNs = f[12] * 1000000000n + f[13];
    this.ctimeNs = f[14] * 1000000000n + f[15];
    this.birthtimeNs = f[16] * 1000000000n + f[17];
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}
defineLazyDates(BigIntStats.prototype);

// Stats from a ByteBuffer of the binding.
function statsFromNative(byteBuffer, bigint) {
  const f = new BigInt64Array(new ArrayBuffer(byteBuffer));
  if (bigint) return new BigIntStats(f);
  const n = (i) => Number(f[i]);
  const ms = (i) => n(i) * 1000 + n(i + 1) / 1e6;
  return new Stats(n(0), n(1), n(2), n(3), n(4), n(5), n(6), n(7), n(8), n(9), ms(10), ms(12), ms(14), ms(16));
}

const UV_DIRENT_FILE = 1, UV_DIRENT_DIR = 2, UV_DIRENT_LINK = 3, UV_DIRENT_FIFO = 4, UV_DIRENT_SOCKET = 5,
  UV_DIRENT_CHAR = 6, UV_DIRENT_BLOCK = 7;

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

module.exports = { Stats, BigIntStats, Dirent, statsFromNative, kType };
