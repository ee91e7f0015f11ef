'use strict';

// console and node:console's Console. The global console writes through process.stdout/stderr; until a
// program touches those streams it writes to fds 1 and 2 directly (Node's writes there are synchronous too).

const kGroupIndent = Symbol('kGroupIndent');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kStdout = Symbol('stdout');
const kStderr = Symbol('stderr');

// Straight to the formatter: printing strings and numbers loads neither node:util nor the validators.
let formatter;
function format(args) {
  formatter ??= require('internal/util/format');
  return formatter.formatWithOptionsInternal({ colors: false }, args);
}
function inspect(value, options) {
  return require('internal/util/inspect').inspect(value, options);
}

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    if (options === undefined || options === null || typeof options.write === 'function') {
      options = { stdout: options, stderr, ignoreErrors };
    }
    const { stdout, stderr: err = options.stdout, ignoreErrors: ignore = true, groupIndentation = 2 } = options;
    if (!stdout || typeof stdout.write !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
    }
    if (!err || typeof err.write !== 'function') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
    }
    this[kStdout] = () => stdout;
    this[kStderr] = () => err;
    this._ignoreErrors = ignore;
    this[kGroupIndent] = '';
    this._groupIndentation = groupIndentation;
    this[kCounts] = new Map();
    this[kTimers] = new Map();
    bindMethods(this);
  }
}

function write(consoleObj, toStderr, text) {
  if (consoleObj[kGroupIndent].length > 0) {
    text = text.replace(/^/gm, consoleObj[kGroupIndent]);
  }
  text += '\n';
  const stream = toStderr ? consoleObj[kStderr]() : consoleObj[kStdout]();
  if (stream === null) {
    internalBinding('stdio').writeString(toStderr ? 2 : 1, text);
    return;
  }
  try {
    stream.write(text);
  } catch (e) {
    if (!consoleObj._ignoreErrors) throw e;
  }
}

const methods = {
  log(...args) { write(this, false, format(args)); },
  warn(...args) { write(this, true, format(args)); },
  dir(object, options) { write(this, false, inspect(object, { customInspect: false, ...options })); },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime.bigint());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },
  trace(...args) {
    const err = { name: 'Trace', message: format(args) };
    Error.captureStackTrace(err, methods.trace);
    write(this, true, err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      methods.warn.apply(this, args);
    }
  },
  clear() {},
  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, count);
    methods.log.call(this, `${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) methods.log.apply(this, data);
    this[kGroupIndent] += ' '.repeat(this._groupIndentation);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this._groupIndentation);
  },
  table(data, properties) {
    // A plain rendering: Node's box table needs util internals; print the data instead of nothing.
    methods.log.call(this, data);
  },
};
methods.info = methods.log;
methods.debug = methods.log;
methods.error = methods.warn;
methods.dirxml = methods.log;
methods.groupCollapsed = methods.group;

function timeLogImpl(consoleObj, name, label, data) {
  const start = consoleObj[kTimers].get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let text;
  if (ms >= 1000) text = `${(ms / 1000).toFixed(3)}s`;
  else text = `${ms.toFixed(3)}ms`;
  if (data === undefined) methods.log.call(consoleObj, '%s: %s', label, text);
  else methods.log.call(consoleObj, '%s: %s', label, text, ...data);
  return true;
}

function bindMethods(target) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(target, name, {
      value: methods[name].bind(target), writable: true, enumerable: true, configurable: true,
    });
  }
}

for (const name of Object.keys(methods)) {
  Object.defineProperty(Console.prototype, name, {
    value: methods[name], writable: true, enumerable: false, configurable: true,
  });
}

// The global console: streams looked up on each write, so a replaced process.stdout is honoured, and not built
// until someone else built them.
function createGlobalConsole(isMaterialized) {
  const globalConsole = Object.create({});
  globalConsole[kStdout] = () => (isMaterialized(1) ? process.stdout : null);
  globalConsole[kStderr] = () => (isMaterialized(2) ? process.stderr : null);
  globalConsole._ignoreErrors = true;
  globalConsole[kGroupIndent] = '';
  globalConsole._groupIndentation = 2;
  globalConsole[kCounts] = new Map();
  globalConsole[kTimers] = new Map();
  bindMethods(globalConsole);
  globalConsole.Console = Console;
  Object.defineProperty(globalConsole, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true,
  });
  return globalConsole;
}

module.exports = { Console, createGlobalConsole };
