'use strict';

// node:fs on real OS file descriptors. Each operation validates its arguments here (Node's errors), then calls
// the `fs` binding: without a callback the call runs now; with one it runs on the binding's thread pool and the
// result comes back on the JS thread. Negative results are -errno and become Node's UVException.

const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_FS_FILE_TOO_LARGE, ERR_FS_EISDIR } = codes;
const {
  validateFunction, validateBoolean, validateInteger, validateObject, validateInt32,
} = require('internal/validators');
const u = require('internal/fs/utils');
const { binding, check, isError, uvError, getValidatedPath, toNativePath, validateFd, stringToFlags,
  parseFileMode } = u;
const { Stats, Dirent, statsFromNative } = require('internal/fs/stats');

const kIoMaxLength = 2 ** 31 - 1;

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// Runs `cb(err)` / `cb(null, value)` from a binding result.
function resultTo(cb, syscall, path, dest, map) {
  return (r) => {
    if (isError(r)) cb(uvError(r, syscall, path, dest));
    else if (map) cb(null, map(r));
    else cb(null);
  };
}

function nativePath(path, name) {
  return toNativePath(getValidatedPath(path, name));
}

function positionArg(position) {
  if (position == null) return -1;
  return typeof position === 'bigint' ? Number(position) : position;
}

// ---- open / close
function openArgs(path, flags, mode) {
  path = getValidatedPath(path);
  return [path, toNativePath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)];
}

function openSync(path, flags, mode) {
  const [p, native, f, m] = openArgs(path, flags, mode);
  return check(binding().open(native, f, m, undefined), 'open', p);
}

function open(path, flags, mode, callback) {
  if (typeof flags === 'function') { callback = flags; flags = 'r'; mode = 0o666; }
  else if (typeof mode === 'function') { callback = mode; mode = 0o666; }
  const [p, native, f, m] = openArgs(path, flags, mode);
  callback = makeCallback(callback);
  binding().open(native, f, m, resultTo(callback, 'open', p, undefined, (fd) => fd));
}

function closeSync(fd) {
  validateFd(fd);
  check(binding().close(fd, undefined), 'close');
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  validateFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding().close(fd, resultTo(callback, 'close'));
}

// ---- read
function readArgs(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || (offsetOrOptions !== null && typeof offsetOrOptions === 'object')) {
    const options = offsetOrOptions == null ? {} : offsetOrOptions;
    u.validateBufferArg(buffer);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = options);
  }
  u.validateBufferArg(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return { buffer, offset, length: 0, position: -1 };
  if (buffer.byteLength === 0) {
    throw new codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  u.validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  u.validatePosition(position, 'position', length);
  return { buffer, offset, length, position: positionArg(position) };
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  const a = arguments.length <= 3 ? readArgs(fd, buffer, offsetOrOptions) :
    readArgs(fd, buffer, offsetOrOptions, length, position);
  if (a.length === 0) return 0;
  return check(binding().readInto(fd, a.buffer.buffer, a.buffer.byteOffset + a.offset, a.length, a.position,
    undefined), 'read');
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  let a;
  if (arguments.length <= 4) {
    // read(fd, cb) / read(fd, options, cb) / read(fd, buffer, cb) / read(fd, buffer, options, cb)
    callback = arguments[arguments.length - 1];
    validateFd(fd);
    let options = {};
    if (arguments.length === 3 && ArrayBuffer.isView(buffer)) {
      options = {};
    } else if (arguments.length === 4) {
      options = offsetOrOptions == null ? {} : offsetOrOptions;
      validateObject(options, 'options', require('internal/validators').kValidateObjectAllowNullable);
    } else if (arguments.length === 3) {
      options = buffer == null ? {} : buffer;
      buffer = options.buffer === undefined ? Buffer.alloc(16384) : options.buffer;
    } else {
      buffer = Buffer.alloc(16384);
    }
    a = readArgs(fd, buffer, options);
  } else {
    a = readArgs(fd, buffer, offsetOrOptions, length, position);
  }
  callback = makeCallback(callback);
  if (a.length === 0) {
    process.nextTick(callback, null, 0, a.buffer);
    return;
  }
  binding().readInto(fd, a.buffer.buffer, a.buffer.byteOffset + a.offset, a.length, a.position, (r) => {
    if (isError(r)) callback(uvError(r, 'read'));
    else callback(null, r, a.buffer);
  });
}

// ---- write
function writeArgs(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (offset != null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    u.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return { bytes: [buffer.buffer, buffer.byteOffset + offset, length], position: positionArg(position) };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // write(fd, string, position, encoding)
  const pos = offsetOrOptions;
  const encoding = typeof length === 'string' ? length : 'utf8';
  u.assertEncoding(encoding);
  const posArg = typeof pos === 'number' || typeof pos === 'bigint' ? positionArg(pos) : -1;
  if (encoding === 'utf8' || encoding === 'utf-8') return { text: buffer, position: posArg };
  const b = Buffer.from(buffer, encoding);
  return { bytes: [b.buffer, b.byteOffset, b.length], position: posArg };
}

function callWrite(fd, a, cb) {
  return a.text !== undefined ? binding().writeUtf8(fd, a.text, a.position, cb) :
    binding().write(fd, a.bytes[0], a.bytes[1], a.bytes[2], a.position, cb);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const a = writeArgs(fd, buffer, offsetOrOptions, length, position);
  return check(callWrite(fd, a, undefined), 'write');
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const args = Array.prototype.slice.call(arguments, 1);
  callback = makeCallback(args.pop());
  while (args.length < 4) args.push(undefined);
  const a = writeArgs(fd, args[0], args[1], args[2], args[3]);
  callWrite(fd, a, (r) => {
    if (isError(r)) callback(uvError(r, 'write'));
    else callback(null, r, buffer);
  });
}

// ---- readv / writev: the buffers one after another, as one logical call.
function validateBufferArray(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}

function vectorArgs(fd, buffers, position) {
  validateFd(fd);
  validateBufferArray(buffers);
  return typeof position === 'number' || typeof position === 'bigint' ? positionArg(position) : -1;
}

// Runs `step(buffer, position, done)` over the buffers; done(r) with r < 0 an errno; stops at a short count.
function eachBuffer(buffers, position, step, finish) {
  let total = 0;
  let i = 0;
  const next = () => {
    if (i >= buffers.length) return finish(total);
    const b = buffers[i++];
    step(b, position < 0 ? -1 : position + total, (r) => {
      if (isError(r)) return finish(total > 0 ? total : r);
      total += r;
      if (r < b.byteLength) return finish(total);
      next();
    });
  };
  next();
}

function syncStep(op) {
  return (b, pos, done) => done(op(b, pos, undefined));
}

function readvOne(fd) {
  return (b, pos, cb) => binding().readInto(fd, b.buffer, b.byteOffset, b.byteLength, pos, cb);
}

function writevOne(fd) {
  return (b, pos, cb) => binding().write(fd, b.buffer, b.byteOffset, b.byteLength, pos, cb);
}

function readvSync(fd, buffers, position) {
  const pos = vectorArgs(fd, buffers, position);
  let result;
  eachBuffer(buffers, pos, syncStep(readvOne(fd)), (r) => { result = r; });
  return check(result, 'read');
}

function readv(fd, buffers, position, callback) {
  if (typeof position === 'function') { callback = position; position = null; }
  const pos = vectorArgs(fd, buffers, position);
  callback = makeCallback(callback);
  eachBuffer(buffers, pos, readvOne(fd), (r) => (isError(r) ? callback(uvError(r, 'read')) : callback(null, r, buffers)));
}

function writevSync(fd, buffers, position) {
  const pos = vectorArgs(fd, buffers, position);
  let result;
  eachBuffer(buffers, pos, syncStep(writevOne(fd)), (r) => { result = r; });
  return check(result, 'write');
}

function writev(fd, buffers, position, callback) {
  if (typeof position === 'function') { callback = position; position = null; }
  const pos = vectorArgs(fd, buffers, position);
  callback = makeCallback(callback);
  eachBuffer(buffers, pos, writevOne(fd), (r) => (isError(r) ? callback(uvError(r, 'write')) : callback(null, r, buffers)));
}

// ---- stat family
function statOptions(options) {
  return options == null || typeof options !== 'object' ? { bigint: false } : options;
}

function toStats(r, options) {
  return statsFromNative(r, options.bigint === true);
}

function fstatSync(fd, options = { bigint: false }) {
  validateFd(fd);
  return toStats(check(binding().fstat(fd, undefined), 'fstat'), statOptions(options));
}

function statOrLstatSync(kind, path, options = { bigint: false, throwIfNoEntry: true }) {
  const p = getValidatedPath(path);
  const r = binding()[kind](toNativePath(p), undefined);
  if (r === -2 && options && options.throwIfNoEntry === false) return undefined;
  return toStats(check(r, kind, p), statOptions(options));
}

function statSync(path, options) { return statOrLstatSync('stat', path, options); }
function lstatSync(path, options) { return statOrLstatSync('lstat', path, options); }

function statFamily(kind) {
  return function (target, options, callback) {
    if (typeof options === 'function') { callback = options; options = {}; }
    options = statOptions(options);
    callback = makeCallback(callback);
    if (kind === 'fstat') {
      validateFd(target);
      binding().fstat(target, resultTo(callback, 'fstat', undefined, undefined, (r) => toStats(r, options)));
    } else {
      const p = getValidatedPath(target);
      binding()[kind](toNativePath(p), resultTo(callback, kind, p, undefined, (r) => toStats(r, options)));
    }
  };
}
const fstat = statFamily('fstat');
const stat = statFamily('stat');
const lstat = statFamily('lstat');

// ---- readFile / writeFile / appendFile
function readFileOptions(options) {
  options = u.getOptions(options, { flag: 'r' });
  return { encoding: options.encoding, flag: options.flag == null ? 'r' : options.flag, signal: options.signal };
}

function sizeHintOf(statResult) {
  const st = statsFromNative(statResult, false);
  return st.isFile() ? st.size : 0;
}

function finishRead(result, encoding) {
  if (typeof result === 'string') return result;
  const buf = u.bufferFromNative(result);
  return encoding ? buf.toString(encoding) : buf;
}

// Reads to EOF: with an encoding the binding decodes (a string), else a Buffer's ByteBuffer.
function readAllCall(fd, size, encoding, cb) {
  const native = u.nativeEncoding(encoding);
  return native === undefined ? binding().readAll(fd, size, cb) : binding().readAllText(fd, size, native, cb);
}

function readFileSync(path, options) {
  options = readFileOptions(options);
  const isUserFd = typeof path === 'number';
  let fd;
  if (isUserFd) fd = validateFd(path, 'path');
  else fd = openSync(path, options.flag, 0o666);
  try {
    const size = sizeHintOf(check(binding().fstat(fd, undefined), 'fstat'));
    if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
    const data = check(readAllCall(fd, size, options.encoding, undefined), 'read');
    return finishRead(data, options.encoding);
  } finally {
    if (!isUserFd) binding().close(fd, undefined);
  }
}

function readFile(path, options, callback) {
  callback = makeCallback(callback || options);
  options = readFileOptions(typeof options === 'function' ? undefined : options);
  const isUserFd = typeof path === 'number';
  const fail = (err, fd) => {
    if (fd !== undefined && !isUserFd) binding().close(fd, () => callback(err));
    else callback(err);
  };
  const withFd = (fd) => {
    if (options.signal && options.signal.aborted) return fail(abortError(options.signal), fd);
    binding().fstat(fd, (st) => {
      if (isError(st)) return fail(uvError(st, 'fstat'), fd);
      const size = sizeHintOf(st);
      if (size > kIoMaxLength) return fail(new ERR_FS_FILE_TOO_LARGE(size), fd);
      readAllCall(fd, size, options.encoding, (data) => {
        if (isError(data)) return fail(uvError(data, 'read'), fd);
        let result;
        try {
          result = finishRead(data, options.encoding);
        } catch (err) {
          return fail(err, fd);
        }
        if (isUserFd) return callback(null, result);
        binding().close(fd, (r) => (isError(r) ? callback(uvError(r, 'close')) : callback(null, result)));
      });
    });
  };
  if (isUserFd) {
    validateFd(path, 'path');
    withFd(path);
    return;
  }
  const [p, native, f] = openArgs(path, options.flag, 0o666);
  binding().open(native, f, 0o666, (fd) => (isError(fd) ? callback(uvError(fd, 'open', p)) : withFd(fd)));
}

function abortError(signal) {
  return new (require('internal/errors').AbortError)(undefined, { cause: signal.reason });
}

function writeFileOptions(options, flag) {
  options = u.getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  return {
    encoding: options.encoding == null ? 'utf8' : options.encoding,
    mode: parseFileMode(options.mode, 'mode', 0o666),
    flag: options.flag == null ? flag : options.flag,
    flush: options.flush === true,
    signal: options.signal,
  };
}

function dataToWrite(data, encoding) {
  if (typeof data === 'string') {
    if (encoding === 'utf8' || encoding === 'utf-8') return { text: data, position: -1 };
    const b = Buffer.from(data, encoding);
    return { bytes: [b.buffer, b.byteOffset, b.length], position: -1 };
  }
  if (ArrayBuffer.isView(data)) return { bytes: [data.buffer, data.byteOffset, data.byteLength], position: -1 };
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeFileSync(path, data, options) {
  options = writeFileOptions(options, 'w');
  const a = dataToWrite(data, options.encoding);
  const isUserFd = typeof path === 'number';
  const fd = isUserFd ? validateFd(path, 'path') : openSync(path, options.flag, options.mode);
  try {
    check(callWrite(fd, a, undefined), 'write');
    if (options.flush) check(binding().fsync(fd, undefined), 'fsync');
  } finally {
    if (!isUserFd) binding().close(fd, undefined);
  }
}

function writeFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  options = writeFileOptions(typeof options === 'function' ? undefined : options, 'w');
  writeFileWith(path, data, options, callback);
}

function writeFileWith(path, data, options, callback) {
  const a = dataToWrite(data, options.encoding);
  const isUserFd = typeof path === 'number';
  const withFd = (fd) => {
    if (options.signal && options.signal.aborted) {
      const err = abortError(options.signal);
      if (isUserFd) return callback(err);
      return binding().close(fd, () => callback(err));
    }
    callWrite(fd, a, (r) => {
      const done = (err) => {
        if (isUserFd) return callback(err);
        binding().close(fd, (c) => callback(err || (isError(c) ? uvError(c, 'close') : null)));
      };
      if (isError(r)) return done(uvError(r, 'write'));
      if (!options.flush) return done(null);
      binding().fsync(fd, (s) => done(isError(s) ? uvError(s, 'fsync') : null));
    });
  };
  if (isUserFd) {
    validateFd(path, 'path');
    withFd(path);
    return;
  }
  const [p, native, f] = openArgs(path, options.flag, options.mode);
  binding().open(native, f, options.mode, (fd) => (isError(fd) ? callback(uvError(fd, 'open', p)) : withFd(fd)));
}

function appendOptions(options) {
  options = u.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag) options.flag = 'a';
  return options;
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

function appendFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  writeFile(path, data, appendOptions(typeof options === 'function' ? undefined : options), callback);
}

// ---- exists / access
function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding().access(toNativePath(path), 0, undefined) === 0;
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let native;
  try {
    native = toNativePath(getValidatedPath(path));
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding().access(native, 0, (r) => callback(r === 0));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: (path) => new Promise((resolve) => exists(path, resolve)),
});

function accessMode(mode) {
  if (mode == null) return 0;
  validateInteger(mode, 'mode', 0, 7);
  return mode;
}

function accessSync(path, mode) {
  const p = getValidatedPath(path);
  check(binding().access(toNativePath(p), accessMode(mode), undefined), 'access', p);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  const p = getValidatedPath(path);
  mode = accessMode(mode);
  callback = makeCallback(callback);
  binding().access(toNativePath(p), mode, resultTo(callback, 'access', p));
}

// ---- directories
function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      validateBoolean(recursive, 'options.recursive');
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode, recursive };
}

// The first directory mkdir -p created, spelled as the caller spelled the path (Node does not resolve it).
function firstCreated(created, path, native) {
  if (created == null) return undefined;
  const given = typeof path === 'string' ? path : Buffer.from(path).toString();
  const keep = given.length - (native.length - created.length);
  return keep > 0 ? given.slice(0, keep) : created;
}

function mkdirSync(path, options) {
  const p = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  if (recursive) {
    const native = toNativePath(p);
    return firstCreated(check(binding().mkdirp(native, mode, undefined), 'mkdir', p), p, native);
  }
  check(binding().mkdir(toNativePath(p), mode, undefined), 'mkdir', p);
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  const p = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  callback = makeCallback(callback);
  if (recursive) {
    const native = toNativePath(p);
    binding().mkdirp(native, mode, (r) => {
      if (isError(r)) callback(uvError(r, 'mkdir', p));
      else callback(null, firstCreated(r, p, native));
    });
  } else {
    binding().mkdir(toNativePath(p), mode, resultTo(callback, 'mkdir', p));
  }
}

function mkdtempPrefix(prefix, options) {
  options = u.getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return { prefix, encoding: options.encoding };
}

function mkdtempSync(prefix, options) {
  const o = mkdtempPrefix(prefix, options);
  const native = toNativePath(o.prefix);
  const r = binding().mkdtemp(native, undefined);
  return u.encodePath(tempName(o.prefix, check(r, 'mkdtemp', `${o.prefix}XXXXXX`)), o.encoding);
}

function mkdtemp(prefix, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  const o = mkdtempPrefix(prefix, options);
  binding().mkdtemp(toNativePath(o.prefix),
    resultTo(callback, 'mkdtemp', `${o.prefix}XXXXXX`, undefined, (r) => u.encodePath(tempName(o.prefix, r), o.encoding)));
}

// mkdtemp's result keeps the prefix as given (relative stays relative): prefix + the six random characters.
function tempName(prefix, created) {
  return (typeof prefix === 'string' ? prefix : Buffer.from(prefix).toString()) + created.slice(-6);
}

// A temp dir removed (with its contents) by remove() or `using`; removal targets the absolute path so a later
// chdir does not matter.
function mkdtempDisposableSync(prefix, options) {
  const created = mkdtempSync(prefix, options);
  const absolute = toNativePath(typeof created === 'string' ? created : created.toString());
  const remove = () => rmSync(absolute, { recursive: true, force: true });
  return { __proto__: null, path: created, remove, [Symbol.dispose]: remove };
}

// Entries of one directory from the binding's packed string.
function parseEntries(packed) {
  if (packed === '') return [];
  return packed.split('/').map((e) => [e.slice(1), e.charCodeAt(0) - 48]);
}

function readdirResult(packed, p, options) {
  const entries = parseEntries(packed);
  if (options.withFileTypes) {
    const parent = typeof p === 'string' ? p : Buffer.from(p).toString();
    return entries.map(([name, type]) => {
      if (type === 0) {
        const st = binding().lstat(toNativePath(parent) + '/' + name, undefined);
        if (!isError(st)) type = u.direntTypeFromStats(statsFromNative(st, false));
      }
      return new Dirent(u.encodePath(name, options.encoding), type, parent);
    });
  }
  return entries.map(([name]) => u.encodePath(name, options.encoding));
}

function readdirRecursiveSync(root, options) {
  const out = [];
  const walk = (dir, rel) => {
    const packed = check(binding().readdir(toNativePath(dir), undefined), 'scandir', dir);
    for (const [name, type0] of parseEntries(packed)) {
      let type = type0;
      const full = dir + '/' + name;
      if (type === 0) {
        const st = binding().lstat(toNativePath(full), undefined);
        if (!isError(st)) type = u.direntTypeFromStats(statsFromNative(st, false));
      }
      const relName = rel ? rel + '/' + name : name;
      out.push(options.withFileTypes ? new Dirent(name, type, dir) : u.encodePath(relName, options.encoding));
      if (type === 2) walk(full, relName);
    }
  };
  walk(typeof root === 'string' ? root : Buffer.from(root).toString(), '');
  return out;
}

function readdirSync(path, options) {
  options = u.getOptions(options);
  const p = getValidatedPath(path);
  if (options.recursive) return readdirRecursiveSync(p, options);
  return readdirResult(check(binding().readdir(toNativePath(p), undefined), 'scandir', p), p, options);
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = u.getOptions(typeof options === 'function' ? undefined : options);
  const p = getValidatedPath(path);
  if (options.recursive) {
    // The recursive walk runs whole, then reports asynchronously.
    let result;
    let error = null;
    try { result = readdirRecursiveSync(p, options); } catch (e) { error = e; }
    process.nextTick(() => (error ? callback(error) : callback(null, result)));
    return;
  }
  binding().readdir(toNativePath(p), resultTo(callback, 'scandir', p, undefined,
    (r) => readdirResult(r, p, options)));
}

// Node v25 removed rmdir's `recursive` option (DEP0147, End-of-Life): it is ignored; fs.rm removes trees.
function rmdirSync(path, options) {
  const p = getValidatedPath(path);
  check(binding().rmdir(toNativePath(p), undefined), 'rmdir', p);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  const p = getValidatedPath(path);
  binding().rmdir(toNativePath(p), resultTo(callback, 'rmdir', p));
}

function rmOptions(options) {
  if (options !== undefined) validateObject(options, 'options');
  const o = options || {};
  const force = o.force === undefined ? false : o.force;
  const recursive = o.recursive === undefined ? false : o.recursive;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  const maxRetries = o.maxRetries === undefined ? 0 : o.maxRetries;
  validateInt32(maxRetries, 'options.maxRetries', 0);
  return { force, recursive };
}

// rm of one path after lstat: the parts shared by the sync and callback forms. Returns an Error or a result.
function rmAfterLstat(st, native, p, o, syscall) {
  if (isError(st)) {
    if (st === -2 && o.force) return 0;
    return uvError(st, syscall, p);
  }
  const isDir = statsFromNative(st, false).isDirectory();
  if (isDir && !o.recursive) {
    return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21 });
  }
  return isDir ? 'tree' : 'file';
}

function rmSync(path, options) {
  const p = getValidatedPath(path);
  const o = rmOptions(options);
  const native = toNativePath(p);
  const what = rmAfterLstat(binding().lstat(native, undefined), native, p, o, 'rm');
  if (what instanceof Error) throw what;
  if (what === 0) return;
  const r = what === 'tree' ? binding().removeTree(native, undefined) : binding().unlink(native, undefined);
  if (isError(r) && !(r === -2 && o.force)) throw uvError(r, 'rm', p);
}

function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  const p = getValidatedPath(path);
  const o = rmOptions(options);
  callback = makeCallback(callback);
  const native = toNativePath(p);
  binding().lstat(native, (st) => {
    const what = rmAfterLstat(st, native, p, o, 'lstat');
    if (what instanceof Error) return callback(what);
    if (what === 0) return callback(null);
    const done = (r) => callback(isError(r) && !(r === -2 && o.force) ? uvError(r, what === 'tree' ? 'rmdir' : 'unlink', p) : null);
    if (what === 'tree') binding().removeTree(native, done);
    else binding().unlink(native, done);
  });
}

// ---- simple one-path and two-path calls
function onePath(name, syscall) {
  const sync = (path) => {
    const p = getValidatedPath(path);
    check(binding()[name](toNativePath(p), undefined), syscall, p);
  };
  const async = (path, callback) => {
    const p = getValidatedPath(path);
    callback = makeCallback(callback);
    binding()[name](toNativePath(p), resultTo(callback, syscall, p));
  };
  return [sync, async];
}
const [unlinkSync, unlink] = onePath('unlink', 'unlink');

function twoPaths(name, syscall, fromName, toName) {
  const sync = (from, to) => {
    const a = getValidatedPath(from, fromName);
    const b = getValidatedPath(to, toName);
    check(binding()[name](toNativePath(a), toNativePath(b), undefined), syscall, a, b);
  };
  const async = (from, to, callback) => {
    const a = getValidatedPath(from, fromName);
    const b = getValidatedPath(to, toName);
    callback = makeCallback(callback);
    binding()[name](toNativePath(a), toNativePath(b), resultTo(callback, syscall, a, b));
  };
  return [sync, async];
}
const [renameSync, rename] = twoPaths('rename', 'rename', 'oldPath', 'newPath');
const [linkSync, link] = twoPaths('link', 'link', 'existingPath', 'newPath');

function symlinkTarget(target) {
  target = getValidatedPath(target, 'target');
  return typeof target === 'string' ? target : Buffer.from(target).toString();
}

function validateSymlinkType(type) {
  if (typeof type === 'string' && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new codes.ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
}

function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  const t = symlinkTarget(target);
  const p = getValidatedPath(path);
  check(binding().symlink(t, toNativePath(p), undefined), 'symlink', t, p);
}

function symlink(target, path, type, callback) {
  callback = makeCallback(typeof type === 'function' ? type : callback);
  if (typeof type !== 'function') validateSymlinkType(type);
  const t = symlinkTarget(target);
  const p = getValidatedPath(path);
  binding().symlink(t, toNativePath(p), resultTo(callback, 'symlink', t, p));
}

function readlinkSync(path, options) {
  options = u.getOptions(options);
  const p = getValidatedPath(path, 'oldPath');
  return u.encodePath(check(binding().readlink(toNativePath(p), undefined), 'readlink', p), options.encoding);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = u.getOptions(typeof options === 'function' ? undefined : options);
  const p = getValidatedPath(path, 'oldPath');
  binding().readlink(toNativePath(p), resultTo(callback, 'readlink', p, undefined,
    (r) => u.encodePath(r, options.encoding)));
}

// realpath: libc realpath(3) gives the same answer as Node's JS walk for existing paths. Node's JS form
// reports a missing component as lstat; .native reports realpath.
function realpathWith(syscall) {
  const sync = (path, options) => {
    options = u.getOptions(options);
    const p = getValidatedPath(path);
    return u.encodePath(check(binding().realpath(toNativePath(p), undefined), syscall, p), options.encoding);
  };
  const async = (path, options, callback) => {
    callback = makeCallback(typeof options === 'function' ? options : callback);
    options = u.getOptions(typeof options === 'function' ? undefined : options);
    const p = getValidatedPath(path);
    binding().realpath(toNativePath(p), resultTo(callback, syscall, p, undefined,
      (r) => u.encodePath(r, options.encoding)));
  };
  return [sync, async];
}
const [realpathSync, realpath] = realpathWith('lstat');
const [realpathNativeSync, realpathNative] = realpathWith('realpath');
realpathSync.native = realpathNativeSync;
realpath.native = realpathNative;

function copyFileArgs(src, dest, mode) {
  const a = getValidatedPath(src, 'src');
  const b = getValidatedPath(dest, 'dest');
  if (mode == null) mode = 0;
  else validateInteger(mode, 'mode', 0, 7);
  return [a, b, mode];
}

function copyFileSync(src, dest, mode) {
  const [a, b, m] = copyFileArgs(src, dest, mode);
  check(binding().copyFile(toNativePath(a), toNativePath(b), m, undefined), 'copyfile', a, b);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  const [a, b, m] = copyFileArgs(src, dest, mode);
  callback = makeCallback(callback);
  binding().copyFile(toNativePath(a), toNativePath(b), m, resultTo(callback, 'copyfile', a, b));
}

// ---- modes, times, sizes
function chmodSync(path, mode) {
  const p = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  check(binding().chmod(toNativePath(p), mode, undefined), 'chmod', p);
}

function chmod(path, mode, callback) {
  const p = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding().chmod(toNativePath(p), mode, resultTo(callback, 'chmod', p));
}

function fchmodSync(fd, mode) {
  validateFd(fd);
  mode = parseFileMode(mode, 'mode');
  check(binding().fchmod(fd, mode, undefined), 'fchmod');
}

function fchmod(fd, mode, callback) {
  validateFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding().fchmod(fd, mode, resultTo(callback, 'fchmod'));
}

function validateId(id, name) {
  validateInteger(id, name, -1, 4294967295);
  return id;
}

function chownSync(path, uid, gid) {
  const p = getValidatedPath(path);
  check(binding().chown(toNativePath(p), validateId(uid, 'uid'), validateId(gid, 'gid'), undefined), 'chown', p);
}

function chown(path, uid, gid, callback) {
  const p = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  callback = makeCallback(callback);
  binding().chown(toNativePath(p), uid, gid, resultTo(callback, 'chown', p));
}

function lchownSync(path, uid, gid) {
  const p = getValidatedPath(path);
  check(binding().lchown(toNativePath(p), validateId(uid, 'uid'), validateId(gid, 'gid'), undefined), 'lchown', p);
}

function lchown(path, uid, gid, callback) {
  const p = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  callback = makeCallback(callback);
  binding().lchown(toNativePath(p), uid, gid, resultTo(callback, 'lchown', p));
}

function fchownSync(fd, uid, gid) {
  validateFd(fd);
  check(binding().fchown(fd, validateId(uid, 'uid'), validateId(gid, 'gid'), undefined), 'fchown');
}

function fchown(fd, uid, gid, callback) {
  validateFd(fd);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  callback = makeCallback(callback);
  binding().fchown(fd, uid, gid, resultTo(callback, 'fchown'));
}

function utimesWith(name) {
  const sync = (path, atime, mtime) => {
    const p = getValidatedPath(path);
    check(binding()[name](toNativePath(p), u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime'),
      undefined), name === 'lutimes' ? 'lutime' : 'utime', p);
  };
  const async = (path, atime, mtime, callback) => {
    const p = getValidatedPath(path);
    const a = u.toUnixTimestamp(atime, 'atime');
    const m = u.toUnixTimestamp(mtime, 'mtime');
    callback = makeCallback(callback);
    binding()[name](toNativePath(p), a, m, resultTo(callback, name === 'lutimes' ? 'lutime' : 'utime', p));
  };
  return [sync, async];
}
const [utimesSync, utimes] = utimesWith('utimes');
const [lutimesSync, lutimes] = utimesWith('lutimes');

function futimesSync(fd, atime, mtime) {
  validateFd(fd);
  check(binding().futimes(fd, u.toUnixTimestamp(atime, 'atime'), u.toUnixTimestamp(mtime, 'mtime'), undefined),
    'futime');
}

function futimes(fd, atime, mtime, callback) {
  validateFd(fd);
  const a = u.toUnixTimestamp(atime, 'atime');
  const m = u.toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding().futimes(fd, a, m, resultTo(callback, 'futime'));
}

function truncateLength(len) {
  if (len == null) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncateSync(fd, len = 0) {
  validateFd(fd);
  check(binding().ftruncate(fd, truncateLength(len), undefined), 'ftruncate');
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  validateFd(fd);
  len = truncateLength(len);
  callback = makeCallback(callback);
  binding().ftruncate(fd, len, resultTo(callback, 'ftruncate'));
}

function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  len = truncateLength(len);
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') { callback = len; len = 0; }
  len = truncateLength(len);
  callback = makeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding().ftruncate(fd, len, (r) => {
      binding().close(fd, (c) => {
        if (isError(r)) return callback(uvError(r, 'ftruncate'));
        callback(isError(c) ? uvError(c, 'close') : null);
      });
    });
  });
}

function fdCall(name) {
  const sync = (fd) => {
    validateFd(fd);
    check(binding()[name](fd, undefined), name);
  };
  const async = (fd, callback) => {
    validateFd(fd);
    callback = makeCallback(callback);
    binding()[name](fd, resultTo(callback, name));
  };
  return [sync, async];
}
const [fsyncSync, fsync] = fdCall('fsync');
const [fdatasyncSync, fdatasync] = fdCall('fdatasync');

// ---- not implemented in gnode: fail loudly
function notImplemented(name) {
  return function () {
    const err = new Error(`gnode: fs.${name}() is not implemented in gnode yet`);
    err.code = 'ERR_GNODE_NOT_IMPLEMENTED';
    throw err;
  };
}

// ---- streams and promises load on first use
let streamsCache;
function streams() {
  if (streamsCache === undefined) streamsCache = require('internal/fs/streams');
  return streamsCache;
}

function cp(src, dest, options, callback) {
  return require('internal/fs/cp').cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  return require('internal/fs/cp').cpSync(src, dest, options);
}

let dirCache;
function dir() {
  if (dirCache === undefined) dirCache = require('internal/fs/dir');
  return dirCache;
}

function opendir(path, options, callback) {
  return dir().opendir(path, options, callback);
}

function opendirSync(path, options) {
  return dir().opendirSync(path, options);
}

function createReadStream(path, options) {
  return new (streams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (streams().WriteStream)(path, options);
}

module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync, cp, cpSync,
  createReadStream, createWriteStream, exists, existsSync, fchown, fchownSync, fchmod, fchmodSync,
  fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  lchown, lchownSync, link, linkSync, lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp,
  mkdtempSync, mkdtempDisposableSync, open, openSync, opendir, opendirSync, readdir, readdirSync, read, readSync, readFile, readFileSync, readlink,
  readlinkSync, readv, readvSync, writev, writevSync, statfs: notImplemented('statfs'),
  statfsSync: notImplemented('statfsSync'), openAsBlob: notImplemented('openAsBlob'), realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statSync,
  symlink, symlinkSync, truncate, truncateSync, unwatchFile: notImplemented('unwatchFile'), unlink, unlinkSync,
  utimes, utimesSync, watch: notImplemented('watch'), watchFile: notImplemented('watchFile'),
  writeFile, writeFileSync, write, writeSync, Dirent, Stats,
  glob: notImplemented('glob'), globSync: notImplemented('globSync'),
  _toUnixTimestamp: u.toUnixTimestamp,
};

// fs.F_OK/R_OK/W_OK/X_OK are gone in Node v25 (DEP0176, End-of-Life): use fs.constants.
Object.defineProperties(module.exports, {
  constants: { __proto__: null, enumerable: true, configurable: false, get: u.constants },
  ReadStream: { __proto__: null, enumerable: true, configurable: true, get: () => streams().ReadStream, set() {} },
  Dir: { __proto__: null, enumerable: true, configurable: true, get: () => dir().Dir, set() {} },
  WriteStream: { __proto__: null, enumerable: true, configurable: true, get: () => streams().WriteStream, set() {} },
  FileReadStream: { __proto__: null, enumerable: true, configurable: true, get: () => streams().ReadStream, set() {} },
  FileWriteStream: { __proto__: null, enumerable: true, configurable: true, get: () => streams().WriteStream, set() {} },
  promises: { __proto__: null, enumerable: true, configurable: true, get: () => require('fs/promises') },
});
