'use strict';

// Builds `process` and the globals, and returns the entry points the Java loop calls.
const { bindings } = require('internal/bootstrap/realm');

function defineLazyGlobal(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    },
  });
}

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

function setup() {
  // The Graal global is only needed to track rejections; user code must not see it.
  const graal = globalThis.Graal;
  delete globalThis.Graal;

  const { createProcess, isStdioMaterialized } = require('internal/process/object');
  const process = createProcess();
  defineGlobal('process', process);
  defineGlobal('global', globalThis, true);

  const timers = require('internal/timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate',
    'clearImmediate']) {
    defineGlobal(name, timers[name], true);
  }
  const taskQueues = require('internal/process/task_queues');
  const fatal = require('internal/process/fatal');
  defineGlobal('queueMicrotask', function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    Promise.resolve().then(() => {
      try {
        callback();
      } catch (err) {
        fatal.fatalException(err);
      }
    });
  }, true);
  // Node's default 'warning' listener prints to stderr; --no-warnings leaves it out.
  if (internalBinding('process').flag('no-warnings') !== true) {
    process.on('warning', function onWarning(warning) {
      require('internal/process/warning').writeWarning(warning);
    });
  }
  const { createGlobalConsole } = require('internal/console');
  defineGlobal('console', createGlobalConsole(isStdioMaterialized));

  defineLazyGlobal('Buffer', () => require('buffer').Buffer);
  defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
  defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
  defineLazyGlobal('Event', () => require('internal/event_target').Event);
  defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
  defineLazyGlobal('URL', () => require('internal/url').URL);
  defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
  defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, true);
  defineLazyGlobal('performance', () => require('internal/perf').performance, true);
  defineLazyGlobal('DOMException', () => require('internal/dom_exception').DOMException);
  // Node-exact encoders (labels like 'latin1', error codes) over the engine's built-ins, which do the work.
  const realm = require('internal/bootstrap/realm');
  realm.nativeTextDecoder = globalThis.TextDecoder;
  realm.nativeTextEncoder = globalThis.TextEncoder;
  defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
  defineLazyGlobal('atob', () => require('internal/base64').atob, true);
  defineLazyGlobal('btoa', () => require('internal/base64').btoa, true);
  defineLazyGlobal('navigator', () => ({
    hardwareConcurrency: require('os').availableParallelism(), language: 'en-US', platform: 'linux',
    userAgent: `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`,
  }), true);

  if (graal && typeof graal.setUnhandledPromiseRejectionHandler === 'function') {
    graal.setUnhandledPromiseRejectionHandler(taskQueues.trackRejection);
  }
  taskQueues.setRejectionHandler(fatal.processRejections);

  const exit = require('internal/process/exit');
  const { runTicks } = taskQueues;
  // Every entry from the Java loop runs its callback and then the nextTick queue, inside the same call, so
  // ticks come before the microtasks GraalJS drains when the call returns.
  return {
    runMain() {
      // A child forked by node or gnode: talk to the parent over the inherited channel fd.
      const channelFd = process.env.NODE_CHANNEL_FD;
      if (channelFd !== undefined) {
        delete process.env.NODE_CHANNEL_FD;
        const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
        delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
        // Straight to the channel: child_process itself (streams and all) would double a fork's start-up JS.
        require('internal/child_process/ipc').setupChildChannel(Number.parseInt(channelFd, 10), mode);
      }
      require('internal/main/run_main').runMain();
      runTicks();
    },
    runTimer(phaseNow) {
      const next = timers.runTimer(phaseNow);
      if (next === -2) runTicks();
      return next;
    },
    runImmediate(first) {
      const more = timers.runImmediate(first);
      runTicks();
      return more;
    },
    runTicks,
    callback(fn, a, b, c) {
      switch (arguments.length) {
        case 1: fn(); break;
        case 2: fn(a); break;
        case 3: fn(a, b); break;
        case 4: fn(a, b, c); break;
        default: fn(...Array.prototype.slice.call(arguments, 1));
      }
      runTicks();
    },
    beforeExit() {
      process.emit('beforeExit', process.exitCode ?? 0);
    },
    emitExit() {
      return exit.emitExit();
    },
    fatalException(error, file, line, column, lineText) {
      fatal.fatalException(error, file, line, column, lineText);
    },
    fatalHandlerFailed: fatal.fatalHandlerFailed,
  };
}

module.exports = { setup };
