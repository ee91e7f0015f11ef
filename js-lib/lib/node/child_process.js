'use strict';

// node:child_process — normalizes and validates options, then hands a spawn request to ChildProcess (async) or to
// the native spawnSync (sync). The exec forms collect output with maxBuffer/timeout/killSignal/AbortSignal.
const {
  ChildProcess, getValidStdio, convertToValidSignal, signalName, unbuiltPipe, hasLazyProperty,
} = require('internal/child_process');
const { Buffer } = require('buffer');
const path = require('path');
const { callWithRequest } = require('internal/child_process/spawn_request');
const {
  validateAbortSignal, validateArray, validateBoolean, validateNumber, validateFunction, validateInt32, validateInteger,
  validateObject, validateOneOf, validateString,
} = require('internal/validators');
const { codes, ErrnoException, AbortError, genericNodeError } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
  ERR_CHILD_PROCESS_IPC_REQUIRED } = codes;

const MAX_BUFFER = 1024 * 1024;
let emittedDEP0190 = false;
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function isURLLike(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string';
}

// cwd and modulePath may be strings, Buffers or file: URLs; null bytes are refused (Node's getValidatedPath).
function getValidatedPath(value, name) {
  if (isURLLike(value)) value = require('url').fileURLToPath(value);
  else if (value instanceof Uint8Array) value = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString();
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], value);
  if (value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return value;
}

function validateArgumentNullCheck(arg, propName) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(propName, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, propName) {
  for (let i = 0; i < args.length; ++i) validateArgumentNullCheck(args[i], `${propName}[${i}]`);
}

function validateTimeout(timeout) {
  if (timeout != null) validateInteger(timeout, 'timeout', 0);
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null) validateNumber(maxBuffer, 'options.maxBuffer', 0);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
}

// Node's normalizeSpawnArguments: the request every spawn form builds.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');

  if (options === undefined) options = {};
  else validateObject(options, 'options');

  options = { __proto__: null, ...options };
  let cwd = options.cwd;
  if (cwd != null) cwd = getValidatedPath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  // Node v25 validates ids with validateInt32 (v20 threw ERR_INVALID_ARG_TYPE 'int32' instead).
  if (options.uid != null) validateInt32(options.uid, 'options.uid');
  if (options.gid != null) validateInt32(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  let { windowsVerbatimArguments } = options;
  if (windowsVerbatimArguments != null) {
    validateBoolean(windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    if (args.length > 0 && !emittedDEP0190) {
      emittedDEP0190 = true;
      process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
        'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
    }
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }

  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  // Our own process.env: reuse the list built last time (null when it must be copied and checked here).
  let envPairs = require('internal/process/object').envPairs(env);
  if (envPairs === null) {
    envPairs = [];
    // Node copies the keys (own and inherited enumerable) of env, dropping undefined values.
    for (const key in env) {
      const value = env[key];
      if (value !== undefined) {
        validateArgumentNullCheck(key, `options.env['${key}']`);
        validateArgumentNullCheck(value, `options.env['${key}']`);
        envPairs.push(`${key}=${value}`);
      }
    }
  }

  return {
    // Make a shallow copy so we don't clobber the user's options object.
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!windowsVerbatimArguments,
  };
}

// PATH lookup happens natively; a relative file with a slash is relative to the cwd the child gets.
function resolveFileForSpawn(options) {
  if (options.file.includes('/') && !path.isAbsolute(options.file)) {
    options.file = path.resolve(options.cwd || process.cwd(), options.file);
  }
  const envPath = options.env !== undefined && options.env !== null ? lookupPath(options.env) : undefined;
  options.searchPath = envPath;
}

function lookupPath(env) {
  return Object.prototype.hasOwnProperty.call(env, 'PATH') ? env.PATH : undefined;
}

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  if (options.signal) {
    const signal = options.signal;
    if (signal.aborted) {
      process.nextTick(onAbortListener);
    } else {
      signal.addEventListener('abort', onAbortListener, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbortListener));
    }
    function onAbortListener() {
      abortChildProcess(child, killSignal, options.signal.reason);
    }
  }
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

function execFile(file, args, options, callback) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (typeof options === 'function') {
    callback = options;
    options = null;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (callback != null) validateFunction(callback, 'callback');

  options = {
    __proto__: null,
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
    argv0: options.argv0,
  });

  let encoding;
  const _stdout = [];
  const _stderr = [];
  if (options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)) {
    encoding = options.encoding;
  } else {
    encoding = null;
  }
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  // The encoding of child[name]'s chunks: the collector's while no socket exists, else the socket's own.
  function readableEncoding(pipe, name) {
    if (pipe !== null && pipe.socket === null && hasLazyProperty(child, name)) return encoding;
    const stream = child[name];
    return stream ? stream.readableEncoding : null;
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    let stdout;
    let stderr;
    if (encoding || readableEncoding(stdoutPipe, 'stdout')) {
      stdout = _stdout.join('');
    } else {
      stdout = Buffer.concat(_stdout);
    }
    if (encoding || readableEncoding(stderrPipe, 'stderr')) {
      stderr = _stderr.join('');
    } else {
      stderr = Buffer.concat(_stderr);
    }
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? require('util').getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal: signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  // Output is collected as Node's 'data' listeners do; while the program has not touched child.stdout/stderr
  // no socket is built for them (internal/child_process/stdio_pipe).
  const stdoutPipe = unbuiltPipe(child, 'stdout', 1);
  const stderrPipe = unbuiltPipe(child, 'stderr', 2);
  collectOutput('stdout', stdoutPipe, _stdout);
  collectOutput('stderr', stderrPipe, _stderr);

  function collectOutput(name, pipe, chunks) {
    let total = 0;
    const onData = (chunk) => {
      const streamEncoding = readableEncoding(pipe, name);
      const length = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      total += length;
      if (total > options.maxBuffer) {
        chunks.push(chunk.slice(0, options.maxBuffer - (total - length)));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks.push(chunk);
      }
    };
    if (pipe !== null) {
      pipe.collect(encoding, onData);
    } else if (child[name]) {
      if (encoding) child[name].setEncoding(encoding);
      child[name].on('data', onData);
    }
  }

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function promisifiedExecForm(fn) {
  return function(...args) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = fn(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(exec, customPromisify, {
  __proto__: null, enumerable: false, get: () => promisifiedExecForm(exec),
});
Object.defineProperty(execFile, customPromisify, {
  __proto__: null, enumerable: false, get: () => promisifiedExecForm(execFile),
});

function spawnSync(file, args, options) {
  options = {
    __proto__: null,
    maxBuffer: MAX_BUFFER,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;

  if (options.input) {
    const stdin = options.stdio[0] = { ...options.stdio[0] };
    stdin.input = options.input;
  }
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i] && options.stdio[i].input;
    if (input != null) {
      const pipe = options.stdio[i] = { ...options.stdio[i] };
      if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
        throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
      }
      pipe.input = input;
    }
  }
  return runSpawnSync(options);
}

function runSpawnSync(options) {
  let input = options.stdio[0] && options.stdio[0].input;
  if (input !== undefined && input !== null) {
    if (typeof input === 'string') input = Buffer.from(input, options.encoding === 'buffer' || !options.encoding ? 'utf8' : options.encoding);
    else input = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  }
  let inputBuffer = null;
  if (input) {
    inputBuffer = input.byteOffset === 0 && input.byteLength === input.buffer.byteLength ?
      input.buffer : input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength);
  }
  const killSignal = options.killSignal === undefined ? 15 : options.killSignal;
  // null means "not set" to Node's native spawnSync: no timeout, no buffer limit.
  const raw = callWithRequest(internalBinding('process_wrap'), 'spawnSync', options, inputBuffer,
    options.timeout || 0, killSignal, options.maxBuffer == null ? Infinity : options.maxBuffer);
  const [pid, errno, exitCode, termSignal, timedOut, maxBufferFd] = [raw[0], raw[1], raw[2], raw[3], raw[4], raw[5]];
  const result = { __proto__: null };
  let output = null;
  if (errno === 0) {
    output = [];
    for (let i = 0; i < options.stdio.length; i++) {
      const chunk = raw[6 + i];
      if (chunk == null || options.stdio[i].type === 'ignore' || options.stdio[i].type === 'inherit' ||
          options.stdio[i].type === 'fd') {
        output.push(null);
      } else {
        const buf = Buffer.from(new ArrayBuffer(chunk));
        output.push(options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
          buf.toString(options.encoding) : buf);
      }
    }
  }
  let error;
  if (errno < 0) {
    error = new ErrnoException(errno, 'spawnSync ' + options.file);
    error.path = options.file;
    error.spawnargs = options.args.slice(1);
  } else if (timedOut) {
    error = new ErrnoException(-110, 'spawnSync ' + options.file);
    error.path = options.file;
    error.spawnargs = options.args.slice(1);
  } else if (maxBufferFd >= 0) {
    error = new ErrnoException(-105, 'spawnSync ' + options.file);
    error.path = options.file;
    error.spawnargs = options.args.slice(1);
  }
  if (error !== undefined) result.error = error;
  result.status = errno < 0 ? null : (termSignal !== 0 ? null : exitCode);
  result.signal = termSignal !== 0 ? signalName(termSignal) : null;
  result.output = output;
  result.pid = errno < 0 ? 0 : pid;
  result.stdout = output && output[1];
  result.stderr = output && output[2];
  return { ...result };
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const errArgs = [options.argv0 || file];
  errArgs.push(...(args || []));
  const err = checkExecSyncError(ret, errArgs);
  if (err) throw err;
  return ret.stdout;
}

function normalizeExecFileArgs(file, args, options) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    options = args;
    args = null;
  } else if (args != null && typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  }
  if (options == null) options = {};
  validateObject(options, 'options');
  return { file, args, options };
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function fork(modulePath, args, options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  return require('internal/child_process/fork').fork(module.exports, modulePath, args, options);
}

function _forkChild(fd, serializationMode) {
  require('internal/child_process/ipc').setupChildChannel(fd, serializationMode);
}

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
// Internal: fork and the tests of Node use it.
Object.defineProperty(module.exports, '_normalizeSpawnArguments', { value: normalizeSpawnArguments, enumerable: false });
