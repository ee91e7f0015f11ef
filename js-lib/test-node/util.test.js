'use strict';

// node:util (ours) against node's util.

const assert = require('assert');
const nodeUtil = require('util');
const { spawnSync } = require('child_process');
const path = require('path');
const { createLoader, test } = require('./run');

const loader = createLoader();
const util = loader.require('util');
const internalUtil = loader.require('internal/util');

test('util.types agrees with node for many values', () => {
  const values = [1, 'a', null, undefined, {}, [], () => {}, async () => {}, function* g() {}, async function* ag() {},
    new Map(), new Set(), new WeakMap(), new WeakSet(), new Map().entries(), new Set().values(),
    new Date(), /x/, RegExp.prototype, new Error('e'), new TypeError('t'), Object.create(Error.prototype),
    new ArrayBuffer(1), new SharedArrayBuffer(1), new DataView(new ArrayBuffer(1)), new Uint8Array(1),
    new Uint8ClampedArray(1), new Int8Array(1), new Int16Array(1), new Uint16Array(1), new Int32Array(1),
    new Uint32Array(1), new Float32Array(1), new Float64Array(1), new BigInt64Array(1), new BigUint64Array(1),
    Buffer.alloc(1), new Number(1), new String('s'), new Boolean(true), Object(1n), Object(Symbol('s')),
    Promise.resolve(), { then() {} }, new Proxy({}, {}), (function () { return arguments; })(),
    (function* g() {})(), { [Symbol.toStringTag]: 'Arguments' }, { [Symbol.toStringTag]: 'Error' },
    Object.create(Map.prototype), Object.create(Date.prototype)];
  const names = Object.keys(nodeUtil.types).filter((k) => k !== 'isExternal' && k !== 'isKeyObject' && k !== 'isCryptoKey');
  for (const name of names) {
    assert.strictEqual(typeof util.types[name], 'function', name);
    for (const v of values) {
      assert.strictEqual(util.types[name](v), nodeUtil.types[name](v), `${name}(${nodeUtil.inspect(v)})`);
    }
  }
});

test('util exports the v25 surface', () => {
  for (const name of ['callbackify', 'debug', 'debuglog', 'deprecate', 'format', 'formatWithOptions',
    'getSystemErrorMap', 'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isDeepStrictEqual', 'promisify',
    'stripVTControlCharacters', 'styleText', 'toUSVString', 'types', 'TextDecoder', 'TextEncoder', 'aborted',
    '_extend', '_errnoException', '_exceptionWithHostPort', 'parseArgs']) {
    assert.ok(name in util, name);
  }
  // Removed in v23: the legacy type checks other than isArray.
  for (const name of ['isBoolean', 'isString', 'isFunction', 'isObject', 'isError', 'isDate', 'isRegExp', 'log']) {
    assert.ok(!(name in util), name);
  }
  assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
  assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));
});

test('promisify', async () => {
  function cbFn(a, b, cb) { cb(null, a + b); }
  const p = util.promisify(cbFn);
  assert.strictEqual(p.name, 'cbFn');
  assert.strictEqual(p.length, cbFn.length);
  assert.strictEqual(await p(1, 2), 3);
  assert.strictEqual(util.promisify(p), p);
  const failing = util.promisify((cb) => cb(new Error('bad')));
  await assert.rejects(failing(), /bad/);
  const custom = () => {};
  const impl = async () => 'custom';
  custom[util.promisify.custom] = impl;
  assert.strictEqual(util.promisify(custom), impl);
  function multi(cb) { cb(null, 'out', 'err'); }
  multi[internalUtil.customPromisifyArgs] = ['stdout', 'stderr'];
  assert.deepStrictEqual(await util.promisify(multi)(), { stdout: 'out', stderr: 'err' });
  assert.strictEqual(await util.promisify(function (cb) { cb(null, this.v); }).call({ v: 7 }), 7);
  for (const bad of [1, null, 'x']) {
    let a;
    let b;
    try { util.promisify(bad); } catch (e) { a = [e.code, e.message]; }
    try { nodeUtil.promisify(bad); } catch (e) { b = [e.code, e.message]; }
    assert.deepStrictEqual(a, b);
  }
  const badCustom = () => {};
  badCustom[util.promisify.custom] = 1;
  assert.throws(() => util.promisify(badCustom), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('callbackify', async () => {
  const cb = util.callbackify(async function named(x) { return x * 2; });
  assert.strictEqual(cb.name, 'namedCallbackified');
  assert.strictEqual(cb.length, 2);
  const r = await new Promise((res) => cb(21, (err, v) => res([err, v])));
  assert.deepStrictEqual(r, [null, 42]);
  const falsy = util.callbackify(() => Promise.reject(null));
  const e = await new Promise((res) => falsy((err) => res(err)));
  assert.strictEqual(e.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(e.reason, null);
  assert.strictEqual(e.message, 'Promise was rejected with falsy value');
  let theirs;
  try { nodeUtil.callbackify(async () => {})(1, 'notfn'); } catch (err) { theirs = err; }
  assert.throws(() => cb(1, 'notfn'), { code: 'ERR_INVALID_ARG_TYPE', message: theirs.message });
});

test('inherits', () => {
  function A() {}
  A.prototype.hi = () => 'hi';
  function B() {}
  util.inherits(B, A);
  assert.strictEqual(B.super_, A);
  assert.strictEqual(new B().hi(), 'hi');
  for (const args of [[null, A], [B, null], [B, {}]]) {
    let a;
    let b;
    try { util.inherits(...args); } catch (e) { a = [e.code, e.message]; }
    try { nodeUtil.inherits(...args); } catch (e) { b = [e.code, e.message]; }
    assert.deepStrictEqual(a, b);
  }
});

test('getSystemErrorName / Map / Message', () => {
  for (const n of [-1, -2, -13, -32, -110, -4095, -3008, -9999]) {
    assert.strictEqual(util.getSystemErrorName(n), nodeUtil.getSystemErrorName(n));
  }
  assert.deepStrictEqual([...util.getSystemErrorMap()].sort(), [...nodeUtil.getSystemErrorMap()].sort());
  for (const bad of [1, 0, 'x', 1.5, -1.5]) {
    let a;
    let b;
    try { util.getSystemErrorName(bad); } catch (e) { a = [e.code, e.message]; }
    try { nodeUtil.getSystemErrorName(bad); } catch (e) { b = [e.code, e.message]; }
    assert.deepStrictEqual(a, b);
  }
  assert.strictEqual(util.getSystemErrorMessage(-2), 'no such file or directory');
});

test('isDeepStrictEqual agrees with node', () => {
  const pairs = [[1, 1], [1, '1'], [0, -0], [NaN, NaN], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
    [{ a: 1 }, { a: 1, b: undefined }], [[1, , 3], [1, undefined, 3]], [new Set([{ a: 1 }]), new Set([{ a: 1 }])],
    [new Map([[{}, 1]]), new Map([[{}, 1]])], [new Map([[1, 2]]), new Map([[1, 3]])],
    [Object.create(null), {}], [new Date(1), new Date(1)], [/a/g, /a/g], [new Number(1), new Number(1)],
    [new String('a'), 'a'], [Buffer.from('x'), new Uint8Array([120])], [new Uint8Array([1]), new Uint8Array([1])],
    [new Float64Array([0]), new Float64Array([-0])], [{ [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 1 }],
    [{ [Symbol.for('k')]: 1 }, {}], [[1, 2], Object.assign([1, 2], { x: 1 })], [new Error('a'), new Error('a')],
    [new ArrayBuffer(2), new ArrayBuffer(2)], [new WeakMap(), new WeakMap()]];
  const circA = { v: 1 };
  circA.self = circA;
  const circB = { v: 1 };
  circB.self = circB;
  pairs.push([circA, circB]);
  for (const [a, b] of pairs) {
    assert.strictEqual(util.isDeepStrictEqual(a, b), nodeUtil.isDeepStrictEqual(a, b), nodeUtil.inspect([a, b]));
  }
  const comparisons = loader.require('internal/util/comparisons');
  for (const [a, b] of pairs.concat([[1, '1'], [new Set([1]), new Set(['1'])], [new Map([['1', 'a']]), new Map([[1, 'a']])],
    [[1, 2], ['1', '2']], [null, undefined], [{ a: 0 }, { a: false }]])) {
    let expected = true;
    try { assert.deepEqual(a, b); } catch { expected = false; }
    assert.strictEqual(comparisons.isDeepEqual(a, b), expected, `loose ${nodeUtil.inspect([a, b])}`);
  }
});

test('toUSVString, stripVTControlCharacters, styleText', () => {
  assert.strictEqual(util.toUSVString('a\ud800b\udc00'), nodeUtil.toUSVString('a\ud800b\udc00'));
  assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
  assert.strictEqual(util.styleText(['bold', 'red'], 'x', { validateStream: false }), '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
  let a;
  let b;
  try { util.styleText('nope', 'x'); } catch (e) { a = [e.code, e.message]; }
  try { nodeUtil.styleText('nope', 'x'); } catch (e) { b = [e.code, e.message]; }
  assert.deepStrictEqual(a, b);
  assert.throws(() => util.styleText('red', 1), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('deprecate warns once per code and keeps behaviour', () => {
  const warnings = [];
  const onWarning = (w) => warnings.push([w.name, w.message, w.code]);
  process.on('warning', onWarning);
  return new Promise((resolve) => {
    const f = util.deprecate((x) => x + 1, 'f is old', 'DEP_GNODE_TEST');
    const g = util.deprecate(() => 0, 'g is old', 'DEP_GNODE_TEST');
    assert.strictEqual(f(1), 2);
    f(2);
    g();
    class K {}
    const DK = util.deprecate(K, 'K is old');
    assert.ok(new DK() instanceof K);
    setImmediate(() => {
      process.removeListener('warning', onWarning);
      assert.deepStrictEqual(warnings, [
        ['DeprecationWarning', 'f is old', 'DEP_GNODE_TEST'],
        ['DeprecationWarning', 'K is old', undefined],
      ]);
      resolve();
    });
  });
});

test('debuglog writes "SECTION pid: msg" when NODE_DEBUG matches', () => {
  const script = `
    const { createLoader } = require(${JSON.stringify(path.join(__dirname, 'run.js'))});
    const util = createLoader({ hooks: false }).require('util');
    const log = util.debuglog('gnodetest');
    console.log(log.enabled);
    log('hello %d', 42);
    util.debuglog('other')('hidden');
  `;
  const run = (env) => spawnSync(process.execPath, ['-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  const on = run({ NODE_DEBUG: 'foo,gnode*' });
  assert.strictEqual(on.stdout, 'true\n');
  assert.match(on.stderr, /^GNODETEST \d+: hello 42\n$/);
  const off = run({ NODE_DEBUG: '' });
  assert.strictEqual(off.stdout, 'false\n');
  assert.strictEqual(off.stderr, '');
});

test('aborted resolves on abort', async () => {
  const ac = new AbortController();
  const p = util.aborted(ac.signal, {});
  ac.abort();
  await p;
  await assert.rejects(util.aborted(undefined, {}), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('internal/util helpers: convertToValidSignal, normalizeEncoding (compared with node internals)', () => {
  const theirs = require('internal/util');
  for (const s of ['SIGTERM', 'sigkill', 9, 15, 0, 'SIGNOPE', 100, null]) {
    let a;
    let b;
    try { a = internalUtil.convertToValidSignal(s); } catch (e) { a = [e.code, e.message]; }
    try { b = theirs.convertToValidSignal(s); } catch (e) { b = [e.code, e.message]; }
    assert.deepStrictEqual(a, b, String(s));
  }
  for (const e of [undefined, null, 'utf8', 'UTF-8', 'Utf8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'latin1', 'BINARY',
    'base64', 'Base64', 'base64url', 'hex', 'HEX', 'ascii', 'ASCII', '', 'utf9', 'foo', 1]) {
    assert.strictEqual(internalUtil.normalizeEncoding(e), theirs.normalizeEncoding(e), String(e));
  }
});

test('printing strings and primitives does not load inspect; results equal node', () => {
  const fresh = createLoader();
  const u = fresh.require('util');
  const cases = [['a', 1, -0, 5n, true, null, undefined], ['%s=%d', 'x', 42, 'tail', 7], ['%i|%f|%j', '3.9', '2.5', { a: 1 }]];
  for (const args of cases) assert.strictEqual(u.format(...args), nodeUtil.format(...args));
  assert.ok(!fresh.loaded().includes('internal/util/inspect.js'), fresh.loaded().join(', '));
  assert.strictEqual(u.format('obj', { a: 1 }), nodeUtil.format('obj', { a: 1 }));
  assert.ok(fresh.loaded().includes('internal/util/inspect.js'));
  // Global colors switch primitives to inspect's colored output, as in node.
  u.inspect.defaultOptions.colors = true;
  nodeUtil.inspect.defaultOptions.colors = true;
  try {
    assert.strictEqual(u.format('n', 1, true, null), nodeUtil.format('n', 1, true, null));
  } finally {
    u.inspect.defaultOptions.colors = false;
    nodeUtil.inspect.defaultOptions.colors = false;
  }
});
