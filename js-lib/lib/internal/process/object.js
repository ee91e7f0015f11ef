'use strict';

// Builds the `process` object: an EventEmitter with Node's fields and methods.
const EventEmitter = require('events');
const taskQueues = require('internal/process/task_queues');
const fatal = require('internal/process/fatal');
const exitModule = require('internal/process/exit');

const binding = internalBinding('process');
const NODE_VERSION = 'v25.2.1';
const stdioStreams = [undefined, undefined, undefined];

function lazyErrors() {
  return require('internal/errors').codes;
}

// Node's process.env: values become strings, symbols are refused, deletes always succeed. Every write bumps
// envVersion so child_process can reuse the "K=V" list it built last time (copying the env through the Proxy is
// a measurable part of each spawn).
let envVersion = 0;
let envTarget = null;
let envProxy = null;
let envPairsCache = null;
let envPairsVersion = -1;

function makeEnv(flat) {
  const target = Object.create(null);
  for (let i = 0; i < flat.length; i += 2) target[flat[i]] = flat[i + 1];
  envTarget = target;
  envProxy = new Proxy(target, {
    set(obj, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      obj[key] = String(value);
      envVersion++;
      return true;
    },
    defineProperty(obj, key, desc) {
      if (!desc.configurable || !desc.writable || !desc.enumerable || !('value' in desc)) {
        throw new (lazyErrors().ERR_INVALID_OBJECT_DEFINE_PROPERTY)('process.env',
          "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      obj[key] = String(desc.value);
      envVersion++;
      return true;
    },
    deleteProperty(obj, key) {
      delete obj[key];
      envVersion++;
      return true;
    },
  });
  return envProxy;
}

// The environment as "K=V" strings (a fresh array the caller may extend) when `env` is gnode's own process.env
// and every entry is valid; null otherwise (the caller then copies and validates as Node does).
function envPairs(env) {
  if (env !== envProxy) return null;
  if (envPairsVersion !== envVersion || envPairsCache === null) {
    const pairs = [];
    for (const key of Object.keys(envTarget)) {
      const value = envTarget[key];
      if (key.includes('\u0000') || value.includes('\u0000')) return null;
      pairs.push(`${key}=${value}`);
    }
    envPairsCache = pairs;
    envPairsVersion = envVersion;
  }
  return envPairsCache.slice();
}

function hrtime(previous) {
  const now = BigInt(binding.hrtimeBigint());
  let sec = Number(now / 1000000000n);
  let nsec = Number(now % 1000000000n);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('time', 'Array', previous);
    }
    if (previous.length !== 2) {
      throw new (lazyErrors().ERR_OUT_OF_RANGE)('time', 2, previous.length);
    }
    sec -= previous[0];
    nsec -= previous[1];
    if (nsec < 0) {
      sec--;
      nsec += 1e9;
    }
  }
  return [sec, nsec];
}
hrtime.bigint = () => BigInt(binding.hrtimeBigint());

function createProcess() {
  function process() {}
  Object.setPrototypeOf(process.prototype, EventEmitter.prototype);
  Object.defineProperty(process.prototype, Symbol.toStringTag, {
    value: 'process', writable: false, enumerable: false, configurable: true,
  });
  const proc = new process();
  EventEmitter.call(proc);

  const execPath = binding.execPath();
  const mainKind = binding.mainKind();
  const args = Array.from(binding.args());

  proc.version = NODE_VERSION;
  proc.versions = {
    node: NODE_VERSION.slice(1),
    gnode: '0.1.0',
    graaljs: '25.0.2',
    modules: '141',
    uv: '1.51.0',
  };
  proc.arch = binding.arch();
  proc.platform = 'linux';
  proc.release = {
    name: 'node',
    sourceUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}-headers.tar.gz`,
  };
  proc.argv0 = binding.argv0();
  proc.execPath = execPath;
  proc.execArgv = Array.from(binding.execArgv());
  proc.argv = mainKind === 'file' ? [execPath, null, ...args] : [execPath, ...args];
  proc.env = makeEnv(binding.env());
  proc.title = 'gnode';
  proc.pid = binding.pid();
  Object.defineProperty(proc, 'ppid', { enumerable: true, configurable: true, get: () => binding.ppid() });
  proc.debugPort = 9229;
  proc.config = { target_defaults: {}, variables: { node_shared: false, host_arch: proc.arch } };
  proc.features = {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false,
    tls: false, cached_builtins: true, require_module: false, typescript: false,
  };
  proc.moduleLoadList = [];
  proc._exiting = false;
  proc.noDeprecation = binding.flag('no-deprecation') === true;
  proc.throwDeprecation = binding.flag('throw-deprecation') === true;
  proc.traceDeprecation = binding.flag('trace-deprecation') === true;

  let exitCode;
  Object.defineProperty(proc, 'exitCode', {
    enumerable: true, configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        if (!Number.isInteger(value)) {
          throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('code', 'integer', code);
        }
      }
      exitCode = code;
    },
  });

  proc.nextTick = taskQueues.nextTick;
  proc.exit = function exit(code) {
    if (code !== undefined) proc.exitCode = code;
    exitModule.exit(code === undefined ? undefined : code);
  };
  proc.reallyExit = (code) => exitModule.reallyExit(code);
  proc.abort = () => {
    internalBinding('stdio').writeString(2, 'gnode: process.abort()\n');
    exitModule.reallyExit(134);
  };
  // Node's undocumented synchronous debug print to stderr, used by tests and some tools; no stream involved.
  proc._rawDebug = function _rawDebug(...args) {
    internalBinding('stdio').writeString(2, `${require('internal/util/format').format(...args)}\n`);
  };
  proc.cwd = () => binding.cwd();
  proc.chdir = function chdir(directory) {
    const { validateString } = require('internal/validators');
    validateString(directory, 'directory');
    const path = require('path');
    const target = path.resolve(binding.cwd(), directory);
    const rc = binding.chdir(target);
    if (rc < 0) {
      const { uvException } = require('internal/errors');
      throw uvException({ errno: rc, syscall: 'chdir', path: directory });
    }
  };
  proc.umask = function umask(mask) {
    if (mask === undefined) return binding.umask(-1);
    const { parseFileMode } = require('internal/validators');
    return binding.umask(parseFileMode(mask, 'mask'));
  };
  const ids = () => Array.from(binding.ids());
  proc.getuid = () => ids()[0];
  proc.getgid = () => ids()[1];
  proc.geteuid = () => ids()[2];
  proc.getegid = () => ids()[3];
  proc.getgroups = () => [ids()[1]];
  proc.hrtime = hrtime;
  proc.uptime = () => binding.uptimeMs() / 1000;
  const memoryUsage = () => {
    const [rss, heapTotal, heapUsed, external, arrayBuffers] = binding.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers };
  };
  memoryUsage.rss = () => binding.rss();
  proc.memoryUsage = memoryUsage;
  proc.availableMemory = () => binding.availableMemory();
  proc.constrainedMemory = () => 0;
  proc.cpuUsage = function cpuUsage(previous) {
    const [user, system] = binding.cpuUsage();
    if (previous) return { user: user - previous.user, system: system - previous.system };
    return { user, system };
  };
  proc.resourceUsage = function resourceUsage() {
    const [user, system] = binding.cpuUsage();
    return {
      userCPUTime: user, systemCPUTime: system, maxRSS: Math.round(binding.rss() / 1024), sharedMemorySize: 0,
      unsharedDataSize: 0, unsharedStackSize: 0, minorPageFault: 0, majorPageFault: 0, swappedOut: 0,
      fsRead: 0, fsWrite: 0, ipcSent: 0, ipcReceived: 0, signalsCount: 0, voluntaryContextSwitches: 0,
      involuntaryContextSwitches: 0,
    };
  };
  proc.kill = function kill(pid, sig) {
    return require('internal/process/signals').kill(pid, sig);
  };
  proc.emitWarning = function emitWarning(...args) {
    return require('internal/process/warning').emitWarning(...args);
  };
  proc.setUncaughtExceptionCaptureCallback = fatal.setUncaughtExceptionCaptureCallback;
  proc.hasUncaughtExceptionCaptureCallback = fatal.hasUncaughtExceptionCaptureCallback;
  proc.binding = function binding(name) {
    throw new Error(`No such module: ${name}`);
  };
  proc.getActiveResourcesInfo = () => [];
  proc.setSourceMapsEnabled = () => {};
  proc.sourceMapsEnabled = false;
  proc.allowedNodeEnvironmentFlags = new Set();
  proc.getBuiltinModule = function getBuiltinModule(id) {
    const { validateString } = require('internal/validators');
    validateString(id, 'id');
    return require('internal/modules/builtins').loadPublicBuiltin(id, true);
  };
  // As in Node: adding the first listener for a signal starts watching it, removing the last one stops.
  proc.on('newListener', function startListeningIfSignal(type) {
    if (typeof type === 'string' && type.startsWith('SIG')) {
      require('internal/process/signals').onListenerChange(proc, type, true);
    }
  });
  proc.on('removeListener', function stopListeningIfSignal(type) {
    if (typeof type === 'string' && type.startsWith('SIG')) {
      require('internal/process/signals').onListenerChange(proc, type, false);
    }
  });
  // Lazy, like Node: the stdio streams are built on first use.
  for (const [name, fd] of [['stdin', 0], ['stdout', 1], ['stderr', 2]]) {
    Object.defineProperty(proc, name, {
      enumerable: true, configurable: true,
      get() {
        if (stdioStreams[fd] === undefined) stdioStreams[fd] = require('internal/process/stdio').create(fd);
        return stdioStreams[fd];
      },
      set(value) { stdioStreams[fd] = value; },
    });
  }
  proc.openStdin = function openStdin() {
    proc.stdin.resume();
    return proc.stdin;
  };
  return proc;
}

module.exports = { createProcess, NODE_VERSION, envPairs, isStdioMaterialized: (fd) => stdioStreams[fd] !== undefined };
