'use strict';

// ChildProcess: drives one native process handle (internalBinding('process_wrap')), owns its stdio sockets and
// emits Node's events in Node's order: 'spawn', data, 'exit', then 'close' once every stdio pipe closed too.
const EventEmitter = require('events');
const signalNumbers = require('internal/process/signal_numbers');
const { StdioPipe } = require('internal/child_process/stdio_pipe');
const { callWithRequest } = require('internal/child_process/spawn_request');

// The native spawn path is linked on a background thread while the program goes on to its first spawn.
internalBinding('process_wrap').warmUp();

const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;

const kIsUsed = Symbol('kIsUsed');
let signalNames;

function lazyErrors() {
  return require('internal/errors');
}

function signalName(number) {
  if (signalNames === undefined) {
    signalNames = [];
    for (const name of Object.keys(signalNumbers)) {
      if (signalNames[signalNumbers[name]] === undefined) signalNames[signalNumbers[name]] = name;
    }
    signalNames[6] = 'SIGABRT';
    signalNames[29] = 'SIGIO';
  }
  return signalNames[number];
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== undefined) return signal;
  if (typeof signal === 'string') {
    const number = signalNumbers[signal.toUpperCase()];
    if (number !== undefined) return number;
  }
  throw new (lazyErrors().codes.ERR_UNKNOWN_SIGNAL)(signal);
}

// Normalizes options.stdio into one entry per child fd; `sync` rejects 'ipc'.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'inherit':
      case 'overlapped':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE)('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE)('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  const result = [];
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry === null || entry === undefined) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' || (typeof entry === 'number' && false)) {
      result.push({ type: entry, readable: i === 0, writable: i !== 0 });
    } else if (entry === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync) throw new (lazyErrors().codes.ERR_IPC_ONE_PIPE)();
        throw new (lazyErrors().codes.ERR_IPC_SYNC_FORK)();
      }
      ipc = true;
      ipcFd = i;
      result.push({ type: 'ipc' });
    } else if (entry === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (entry !== null && typeof entry === 'object' && entry._handle && typeof entry._handle.fd === 'function') {
      // One of our own streams handed to the child: the parent stops reading it, as Node does.
      const handle = entry._handle;
      handle.readStop();
      entry._reading = false;
      if (typeof entry.pause === 'function') entry.pause();
      if (entry._readableState) {
        entry._readableState.flowing = false;
        entry._readableState.reading = false;
      }
      entry[kIsUsed] = true;
      result.push({ type: 'fd', fd: handle.fd() });
    } else if (typeof entry === 'number' || (entry !== null && typeof entry === 'object' && typeof entry.fd === 'number')) {
      result.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE)('stdio', entry);
    }
  }
  return { stdio: result, ipc, ipcFd };
}

// After 'exit', as in Node: every readable stdio stream that was not handed to another child is resumed (even
// one the user paused), so unread output drains and 'close' can come.
function flushStdio(subprocess) {
  if (hasLazyProperty(subprocess, 'stdio')) {
    const pipes = subprocess[kPipes];
    for (let i = 0; i < pipes.length; i++) {
      const pipe = pipes[i];
      if (pipe !== null && pipe.readable && !(pipe.socket !== null && pipe.socket[kIsUsed])) pipe.flush();
    }
    return;
  }
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream[kIsUsed]) continue;
    stream.resume();
  }
}

// ---- child.stdin/stdout/stderr/stdio, made on first use (see internal/child_process/stdio_pipe).
const kPipes = Symbol('kPipes');
const ObjectDefineProperties = Object.defineProperties;

function settle(child, name, value) {
  Object.defineProperty(child, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  return value;
}

function pipeSocket(child, index) {
  const pipe = child[kPipes][index];
  return pipe === undefined || pipe === null ? null : pipe.materialize();
}

function lazyStdioProperty(name, index) {
  return {
    __proto__: null,
    get() {
      return settle(this, name, pipeSocket(this, index));
    },
    set(value) {
      settle(this, name, value);
    },
    enumerable: true,
    configurable: true,
  };
}

const lazyStdioProperties = {
  __proto__: null,
  stdin: lazyStdioProperty('stdin', 0),
  stdout: lazyStdioProperty('stdout', 1),
  stderr: lazyStdioProperty('stderr', 2),
  stdio: {
    __proto__: null,
    get() {
      const pipes = this[kPipes];
      const stdio = [];
      for (let i = 0; i < pipes.length; i++) stdio.push(pipeSocket(this, i));
      return settle(this, 'stdio', stdio);
    },
    set(value) {
      settle(this, 'stdio', value);
    },
    enumerable: true,
    configurable: true,
  },
};

// True while `name` is still the lazy accessor (not read, not assigned by the program).
function hasLazyProperty(child, name) {
  const descriptor = Object.getOwnPropertyDescriptor(child, name);
  return descriptor !== undefined && descriptor.get === lazyStdioProperties[name].get;
}

// The pipe behind child[name] while that is still the lazy accessor and no socket was built, else null: exec
// collects from it directly (internal/child_process/stdio_pipe).
function unbuiltPipe(child, name, index) {
  if (!hasLazyProperty(child, name)) return null;
  const pipe = child[kPipes][index];
  return pipe != null && pipe.socket === null ? pipe : null;
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function onErrorNT(self, err) {
  self._handle.onexit(err);
}

function onSpawnNT(self) {
  self.spawnfile !== undefined && self.emit('spawn');
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new ProcessHandleAdapter(this);
  }

  spawn(options) {
    const { validateObject, validateString, validateArray } = require('internal/validators');
    validateObject(options, 'options');
    let i = 0;
    // Node's ChildProcess#spawn defaults stdio to pipes and validates the same fields.
    let stdio = options.stdio || 'pipe';
    stdio = getValidStdio(stdio, false);
    const ipc = stdio.ipc;
    const ipcFd = stdio.ipcFd;
    stdio = options.stdio = stdio.stdio;

    if (options.serialization !== undefined) {
      require('internal/validators').validateOneOf(options.serialization, 'options.serialization',
        [undefined, 'json', 'advanced']);
    }
    const serialization = options.serialization || 'json';
    if (ipc !== undefined) {
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }

    const err = this._handle.spawn(options);
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
      process.nextTick(onErrorNT, this, err);
      if (err === UV_EMFILE || err === UV_ENFILE) return err;
    } else if (err) {
      this._handle.close();
      this._handle = null;
      throw new (lazyErrors().ErrnoException)(err, 'spawn');
    } else {
      process.nextTick(onSpawnNT, this);
    }

    this.pid = this._handle.pid;

    const pipes = [];
    for (i = 0; i < stdio.length; i++) {
      const stream = stdio[i];
      let pipe = null;
      if (stream.type === 'ipc') {
        this._closesNeeded++;
      } else if (stream.type === 'pipe' || stream.type === 'overlapped') {
        const spawned = this.pid !== undefined;
        const counted = i > 0 && spawned;
        if (counted) this._closesNeeded++;
        pipe = new StdioPipe(spawned ? this._handle.stdioHandle(i) : null, i, counted ? () => maybeClose(this) : null);
      }
      pipes.push(pipe);
    }
    // stdin, stdout, stderr and stdio are own properties as in Node; each turns into a plain value on first read.
    this[kPipes] = pipes;
    ObjectDefineProperties(this, lazyStdioProperties);

    if (ipc !== undefined && this.pid !== undefined) {
      this._onChannelClosed = () => maybeClose(this);
      require('internal/child_process/ipc').setupChannel(this, this._handle.stdioHandle(ipcFd), serialization);
    }
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_ESRCH) {
        // Already dead.
      } else if (err === UV_EINVAL || err === UV_ENOSYS) {
        throw new (lazyErrors().ErrnoException)(err, 'kill');
      } else {
        this.emit('error', new (lazyErrors().ErrnoException)(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }
}

// The `_handle` of a ChildProcess: the native process wrap plus Node's onexit logic.
class ProcessHandleAdapter {
  constructor(owner) {
    this.owner = owner;
    this.wrap = null;
    this.pid = undefined;
  }

  spawn(options) {
    const wrap = callWithRequest(internalBinding('process_wrap'), 'spawn', options, (exitCode, signal) => {
      this.onexit(exitCode, signal === 0 ? null : signalName(signal));
    });
    this.wrap = wrap;
    const errno = wrap.errno();
    if (errno === 0) this.pid = wrap.pid();
    return errno;
  }

  stdioHandle(fd) {
    return this.wrap === null ? null : this.wrap.stdio(fd);
  }

  kill(signal) {
    return this.wrap === null ? UV_ESRCH : this.wrap.kill(signal);
  }

  ref() {
    if (this.wrap) this.wrap.ref();
  }

  unref() {
    if (this.wrap) this.wrap.unref();
  }

  close() {
    if (this.wrap) this.wrap.close();
  }

  onexit(exitCode, signalCode) {
    const subprocess = this.owner;
    if (signalCode) subprocess.signalCode = signalCode;
    else subprocess.exitCode = exitCode;
    if (hasLazyProperty(subprocess, 'stdin')) {
      const stdin = subprocess[kPipes][0];
      if (stdin) stdin.destroy();
    } else if (subprocess.stdin) {
      subprocess.stdin.destroy();
    }
    this.close();
    subprocess._handle = null;
    if (exitCode < 0) {
      const syscall = subprocess.spawnfile ? 'spawn ' + subprocess.spawnfile : 'spawn';
      const err = new (lazyErrors().ErrnoException)(exitCode, syscall);
      if (subprocess.spawnfile) err.path = subprocess.spawnfile;
      err.spawnargs = subprocess.spawnargs.slice(1);
      subprocess.emit('error', err);
    } else {
      subprocess.emit('exit', subprocess.exitCode, subprocess.signalCode);
    }
    process.nextTick(flushStdio, subprocess);
    maybeClose(subprocess);
  }
}

module.exports = {
  ChildProcess, getValidStdio, convertToValidSignal, signalName, kIsUsed, unbuiltPipe, hasLazyProperty,
};
