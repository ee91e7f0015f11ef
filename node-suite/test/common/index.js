'use strict';
// Test helpers with the checking behaviour of Node's test/common, written for gnode's port of
// Node's child_process tests. Only what the ported tests use is here.

const assert = require('assert');

// Everything else is loaded on first use, so that a test needs only the modules it really exercises
// (a young runtime can then run the simple tests before it has fs or util).
function inspect(value, options) {
  return require('util').inspect(value, options);
}

const isWindows = process.platform === 'win32';
const isLinux = process.platform === 'linux';
const isMacOS = process.platform === 'darwin';
const isSunOS = process.platform === 'sunos';
const isFreeBSD = process.platform === 'freebsd';
const isOpenBSD = process.platform === 'openbsd';
const isAIX = process.platform === 'aix';
// IBM i reports itself as AIX; Node tells them apart by os.type().
const isIBMi = isAIX && require('os').type() === 'OS400';
const hasCrypto = Boolean(process.versions && process.versions.openssl) && !process.env.NODE_SKIP_CRYPTO;

function noop() {}

// Raspberry Pi boards are slow; Node doubles its timeouts there.
function isPi() {
  try {
    const cpuinfo = require('fs').readFileSync('/proc/cpuinfo', 'utf8');
    const m = /^Hardware\s*:\s*(.*)$/im.exec(cpuinfo);
    return m !== null && m[1] === 'BCM2835';
  } catch {
    return false;
  }
}

function platformTimeout(ms) {
  const factor = (n) => (typeof ms === 'bigint' ? BigInt(n) : n);
  // Debug builds of the runtime are slower: double first, then apply the platform factor.
  if (process.features && process.features.debug) ms = factor(2) * ms;
  if (isAIX || isIBMi || isPi()) return factor(2) * ms;
  if (process.arch === 'riscv64') return factor(4) * ms;
  return ms;
}

// ---- call-count checking -------------------------------------------------------------------

const callChecks = [];

function verifyCallChecks(exitCode) {
  // A failing test already reports its own error; the counts would only add noise.
  if (exitCode !== 0) return;
  const failed = callChecks.filter((c) => ('minimum' in c ? c.actual < c.minimum : c.actual !== c.exact));
  for (const c of failed) {
    const expected = 'minimum' in c ? `at least ${c.minimum}` : `exactly ${c.exact}`;
    console.log(`Mismatched ${c.name} function calls. Expected ${expected}, actual ${c.actual}.`);
    console.log(c.stack.split('\n').slice(3).join('\n'));
  }
  if (failed.length > 0) process.exit(1);
}

function countedWrapper(fn, count, field) {
  if (typeof fn === 'number') {
    count = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  if (count === undefined) count = 1;
  if (typeof count !== 'number') throw new TypeError(`Invalid ${field} value: ${count}`);

  const record = { [field]: count, actual: 0, name: fn.name || '<anonymous>', stack: new Error().stack || '' };
  if (callChecks.length === 0) process.on('exit', verifyCallChecks);
  callChecks.push(record);

  const wrapper = function() {
    record.actual++;
    return fn.apply(this, arguments);
  };
  // Tests sometimes look at a callback's name or arity; keep the original's.
  Object.defineProperty(wrapper, 'name', { value: fn.name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: fn.length, configurable: true });
  return wrapper;
}

function mustCall(fn, exact) {
  return countedWrapper(fn, exact, 'exact');
}

function mustCallAtLeast(fn, minimum) {
  return countedWrapper(fn, minimum, 'minimum');
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

// "file:line" of the code that called the function calling this one.
function callerLocation() {
  const lines = (new Error().stack || '').split('\n').slice(3);
  const m = lines.length > 0 ? /\(?([^()\s]+):(\d+):\d+\)?\s*$/.exec(lines[0]) : null;
  return m ? `${m[1]}:${m[2]}` : '<unknown>';
}

function mustNotCall(msg) {
  const where = callerLocation();
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ? `\ncalled with arguments: ${args.map((a) => inspect(a)).join(', ')}` : '';
    assert.fail(`${msg || 'function should not have been called'} at ${where}${argsInfo}`);
  };
}

function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) assert.fail(`Expected one argument, got ${inspect(args)}`);
    const error = args.pop();
    // Node's errors keep `message` non-enumerable, like built-in errors.
    assert.strictEqual(Object.prototype.propertyIsEnumerable.call(error, 'message'), false);
    assert.throws(() => { throw error; }, validator);
    return true;
  }, exact);
}

// ---- warnings ------------------------------------------------------------------------------

let expectedWarnings;

function warningChecker(name, expected, code) {
  if (typeof expected === 'string') {
    expected = [[expected, code]];
  } else if (!Array.isArray(expected)) {
    expected = Object.entries(expected).map(([c, message]) => [message, c]);
  } else if (expected.length !== 0 && !Array.isArray(expected[0])) {
    expected = [[expected[0], expected[1]]];
  }
  if (name === 'DeprecationWarning') {
    for (const [, c] of expected) assert(c, `Missing deprecation code: ${expected}`);
  }
  return mustCall((warning) => {
    const next = expected.shift();
    if (!next) assert.fail(`Unexpected extra warning received: ${warning}`);
    const [message, warningCode] = next;
    assert.strictEqual(warning.name, name);
    if (typeof message === 'string') assert.strictEqual(warning.message, message);
    else assert.match(warning.message, message);
    assert.strictEqual(warning.code, warningCode);
  }, expected.length);
}

function expectWarning(nameOrMap, expected, code) {
  if (expectedWarnings === undefined) {
    expectedWarnings = {};
    process.on('warning', (warning) => {
      if (!expectedWarnings[warning.name]) {
        throw new TypeError(`"${warning.name}" was triggered without being expected.\n${inspect(warning)}`);
      }
      expectedWarnings[warning.name](warning);
    });
  }
  if (typeof nameOrMap === 'string') {
    expectedWarnings[nameOrMap] = warningChecker(nameOrMap, expected, code);
  } else {
    for (const name of Object.keys(nameOrMap)) expectedWarnings[name] = warningChecker(name, nameOrMap[name]);
  }
}

// ---- skipping ------------------------------------------------------------------------------

function printSkipMessage(msg) {
  console.log(`1..0 # Skipped: ${msg}`);
}

function skip(msg) {
  printSkipMessage(msg);
  process.exit(0);
}

// ---- misc helpers --------------------------------------------------------------------------

function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const types = [
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    typeof Float16Array === 'function' ? Float16Array : null,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView,
  ].filter(Boolean);
  const views = [];
  for (const Type of types) {
    const size = Type.BYTES_PER_ELEMENT || 1;
    if (byteLength % size === 0) views.push(new Type(buffer, byteOffset, byteLength / size));
  }
  return views;
}

// The " Received ..." tail of Node's ERR_INVALID_ARG_TYPE messages.
function invalidArgTypeHelper(input) {
  if (input == null) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) return ` Received an instance of ${input.constructor.name}`;
    return ` Received ${inspect(input, { depth: -1 })}`;
  }
  let shown = inspect(input, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${shown})`;
}

// Builds [command, { env }] for exec/execSync: each interpolated value travels in an environment
// variable ESCAPED_<i> and the command references it as ${ESCAPED_<i>}, so no quoting is needed.
function escapePOSIXShell(parts, ...values) {
  if (isWindows) return [String.raw({ raw: parts }, ...values)];
  const env = { ...process.env };
  let command = parts[0];
  values.forEach((value, i) => {
    env[`ESCAPED_${i}`] = value;
    command += '${ESCAPED_' + i + '}' + parts[i + 1];
  });
  return [command, { env }];
}

function spawnPromisified(...args) {
  const { spawn } = require('child_process');
  let stdout = '';
  let stderr = '';
  const child = spawn(...args);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.on('error', (code, signal) => reject({ code, signal, stdout, stderr }));
  });
}

const pwdCommand = isWindows ? ['cmd.exe', ['/d', '/c', 'cd']] : ['pwd', []];

// A unix socket path relative to the cwd (short enough for sun_path) or a Windows named pipe.
function pipePath() {
  const path = require('path');
  if (isWindows) return path.join('\\\\.\\pipe\\', `node-test.${process.pid}.sock`);
  const tmpdir = require('./tmpdir');
  return path.join(path.relative(process.cwd(), `${tmpdir.path}/`), `node-test.${process.pid}.sock`);
}

let localhostIPv4Cache = null;

// Ported tests do not check for leaked globals, so this only records what a test declares.
const allowedGlobals = new Set();
function allowGlobals(...values) {
  for (const v of values) allowedGlobals.add(v);
}

module.exports = {
  allowGlobals,
  escapePOSIXShell,
  expectsError,
  expectWarning,
  getArrayBufferViews,
  hasCrypto,
  invalidArgTypeHelper,
  isAIX,
  isFreeBSD,
  isIBMi,
  isLinux,
  isMacOS,
  isOpenBSD,
  isPi,
  isSunOS,
  isWindows,
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  get PIPE() { return pipePath(); },
  platformTimeout,
  printSkipMessage,
  pwdCommand,
  skip,
  spawnPromisified,
  get localhostIPv4() {
    if (localhostIPv4Cache === null) localhostIPv4Cache = process.env.LOCALHOST || '127.0.0.1';
    return localhostIPv4Cache;
  },
};
