'use strict';

// ChildProcess: drives one native process handle (internalBinding('process_wrap')), owns its stdio sockets and
// emits Node's events in Node's order: 'spawn', data, 'exit', then 'close' once every stdio pipe closed too.
const EventEmitter = require('events');
const signalNumbers = require('internal/process/signal_numbers');
const { PipeSocket } = require('internal/child_process/pipe_socket');

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

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream[kIsUsed]) continue;
    stream.resume();
  }
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

    for (i = 0; i < stdio.length; i++) {
      const stream = stdio[i];
      if (stream.type === 'ignore') continue;
      if (stream.type === 'ipc') {
        this._closesNeeded++;
        continue;
      }
      if (stream.type === 'pipe' || stream.type === 'overlapped') {
        const handle = this.pid !== undefined ? this._handle.stdioHandle(i) : null;
        stream.socket = new PipeSocket({ handle, readable: i > 0 && i !== 0 ? true : false, writable: i === 0 });
        if (i > 0 && this.pid !== undefined) {
          this._closesNeeded++;
          stream.socket.on('close', () => maybeClose(this));
        }
      }
    }

    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = [];
    for (i = 0; i < stdio.length; i++) {
      this.stdio.push(stdio[i].socket === undefined ? null : stdio[i].socket);
    }
    for (const stream of this.stdio) {
      if (stream && stream.readable) markUsedOnConsume(stream);
    }

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

// Data listeners mean the user reads the stream; flushStdio then leaves it alone.
function markUsedOnConsume(stream) {
  const mark = (event) => {
    if (event === 'data' || event === 'readable') {
      stream[kIsUsed] = true;
      stream.removeListener('newListener', mark);
    }
  };
  stream.on('newListener', mark);
  const pipe = stream.pipe;
  stream.pipe = function(...args) {
    stream[kIsUsed] = true;
    return pipe.apply(this, args);
  };
}

// The `_handle` of a ChildProcess: the native process wrap plus Node's onexit logic.
class ProcessHandleAdapter {
  constructor(owner) {
    this.owner = owner;
    this.wrap = null;
    this.pid = undefined;
  }

  spawn(options) {
    const request = {
      file: options.file,
      args: (options.args || []).map((a) => `${a}`),
      envPairs: options.envPairs === undefined ? null : options.envPairs,
      // '' like undefined and null: the child starts in our working directory.
      cwd: options.cwd ? options.cwd : process.cwd(),
      stdio: options.stdio.map((s) => ({ type: s.type, fd: s.fd })),
      detached: !!options.detached,
      uid: options.uid === undefined ? -1 : options.uid,
      gid: options.gid === undefined ? -1 : options.gid,
    };
    const wrap = internalBinding('process_wrap').spawn(request, (exitCode, signal) => {
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
    if (subprocess.stdin) subprocess.stdin.destroy();
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

module.exports = { ChildProcess, getValidStdio, convertToValidSignal, signalName, kIsUsed };
