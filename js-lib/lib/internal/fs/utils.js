'use strict';

// Shared pieces of fs: argument validation with Node's exact errors, path handling (strings, Buffers, file: URLs),
// open flags, fs.constants, and turning the binding's negative errno results into Node's errors.

const { Buffer } = require('buffer');
const { codes, uvException, hideStackFrames } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_INVALID_URL_SCHEME,
  ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
} = codes;
const { validateInteger, validateInt32, parseFileMode } = require('internal/validators');

let bindingCache;
function binding() {
  if (bindingCache === undefined) bindingCache = internalBinding('fs');
  return bindingCache;
}

// ---- fs.constants (Linux values; the three flags that differ by architecture come from the binding).
function buildConstants() {
  const [oDirectory, oNofollow, oDirect] = String(binding().platformFlags()).split(',').map(Number);
  return Object.freeze({
    __proto__: null,
    UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
    UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
    UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
    EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
    S_IFMT: 0o170000, S_IFREG: 0o100000, S_IFDIR: 0o40000, S_IFCHR: 0o20000, S_IFBLK: 0o60000,
    S_IFIFO: 0o10000, S_IFLNK: 0o120000, S_IFSOCK: 0o140000,
    O_CREAT: 0o100, O_EXCL: 0o200, UV_FS_O_FILEMAP: 0, O_NOCTTY: 0o400, O_TRUNC: 0o1000, O_APPEND: 0o2000,
    O_DIRECTORY: oDirectory, O_NOATIME: 0o1000000, O_NOFOLLOW: oNofollow, O_SYNC: 0o4010000, O_DSYNC: 0o10000,
    O_DIRECT: oDirect, O_NONBLOCK: 0o4000,
    S_IRWXU: 0o700, S_IRUSR: 0o400, S_IWUSR: 0o200, S_IXUSR: 0o100, S_IRWXG: 0o70, S_IRGRP: 0o40,
    S_IWGRP: 0o20, S_IXGRP: 0o10, S_IRWXO: 0o7, S_IROTH: 0o4, S_IWOTH: 0o2, S_IXOTH: 0o1,
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
    UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
    UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
  });
}
let constantsCache;
function constants() {
  if (constantsCache === undefined) constantsCache = buildConstants();
  return constantsCache;
}

// ---- Errors from binding results.
function isError(result) {
  return typeof result === 'number' && result < 0;
}

// Throws Node's UVException for a negative result; returns the result otherwise.
function check(result, syscall, path, dest) {
  if (isError(result)) throw uvError(result, syscall, path, dest);
  return result;
}

function uvError(errno, syscall, path, dest) {
  const ctx = { errno, syscall };
  if (path !== undefined) ctx.path = path;
  if (dest !== undefined) ctx.dest = dest;
  return uvException(ctx);
}

// ---- Paths.
function isUint8Array(value) {
  return value instanceof Uint8Array;
}

function isURLInstance(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

function fileURLToPathString(url) {
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '' && url.hostname !== 'localhost') throw new ERR_INVALID_FILE_URL_HOST('linux');
  const pathname = url.pathname;
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] === '%') {
      const third = pathname.codePointAt(i + 2) | 0x20;
      if (pathname[i + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(value) {
  return isURLInstance(value) ? fileURLToPathString(value) : value;
}

// Node's getValidatedPath: a string or Buffer path without null bytes (URLs converted first).
const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  const hasNull = typeof path === 'string' ? path.includes('\u0000') : path.indexOf(0) !== -1;
  if (hasNull) {
    throw new ERR_INVALID_ARG_VALUE(propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
});

// What the binding receives: an absolute path string (Buffers decoded as UTF-8).
function toNativePath(path) {
  let p = typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.length).toString('utf8');
  if (p.length === 0 || p[0] !== '/') {
    const cwd = process.cwd();
    p = p.length === 0 ? cwd : (cwd.endsWith('/') ? cwd + p : cwd + '/' + p);
  }
  return p;
}

// ---- fds, flags, modes, positions.
const validateFd = hideStackFrames((fd, name = 'fd') => {
  validateInt32(fd, name, 0);
  return fd;
});

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return 0; // O_RDONLY
  const O_CREAT = 0o100, O_EXCL = 0o200, O_TRUNC = 0o1000, O_APPEND = 0o2000, O_SYNC = 0o4010000;
  switch (flags) {
    case 'r': return 0;
    case 'rs': case 'sr': return O_SYNC;
    case 'r+': return 2;
    case 'rs+': case 'sr+': return 2 | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | 1;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | 1 | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | 2;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | 2 | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | 1;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | 1 | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | 1 | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | 2;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | 2 | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | 2 | O_SYNC;
    default: throw new ERR_INVALID_ARG_VALUE('flags', flags);
  }
}

function validatePosition(position, name = 'position', length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length === undefined ? 0 : length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

const validateBufferArg = hideStackFrames((buffer, name = 'buffer') => {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

// A Buffer over a ByteBuffer result of the binding (shares its memory).
function bufferFromNative(byteBuffer) {
  return Buffer.from(new ArrayBuffer(byteBuffer));
}

// ---- Options.
function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// The encoding names the binding decodes in Java, or undefined for 'buffer'/none.
function nativeEncoding(encoding) {
  if (!encoding || encoding === 'buffer') return undefined;
  switch (String(encoding).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    default: return undefined;
  }
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// Decodes a path result (string from the binding) per the `encoding` option.
function encodePath(value, encoding) {
  if (encoding === 'buffer') return Buffer.from(value, 'utf8');
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return value;
  return Buffer.from(value, 'utf8').toString(encoding);
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) {
    return time < 0 ? Date.now() / 1000 : time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// The Dirent type (UV_DIRENT_*) of a Stats, for entries whose type readdir could not tell.
function direntTypeFromStats(st) {
  if (st.isFile()) return 1;
  if (st.isDirectory()) return 2;
  if (st.isSymbolicLink()) return 3;
  if (st.isFIFO()) return 4;
  if (st.isSocket()) return 5;
  if (st.isCharacterDevice()) return 6;
  if (st.isBlockDevice()) return 7;
  return 0;
}

module.exports = {
  direntTypeFromStats,
  binding, constants, check, isError, uvError, getValidatedPath, toNativePath, toPathIfFileURL, validateFd,
  stringToFlags, validatePosition, validateOffsetLengthRead, validateOffsetLengthWrite, validateBufferArg,
  bufferFromNative, getOptions, assertEncoding, copyObject, nativeEncoding, encodePath, toUnixTimestamp,
  parseFileMode, isUint8Array,
};
