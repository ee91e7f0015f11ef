'use strict';

// assert: every failure must produce the same error (class, code, message, fields) as node's.

const nodeAssert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createLoader, test } = require('./run');

const loader = createLoader();
const ours = loader.require('assert');
const oursStrict = loader.require('assert/strict');

function outcome(fn) {
  try {
    const r = fn();
    return { threw: false, value: r };
  } catch (err) {
    return { threw: true, err };
  }
}

function describe(o) {
  if (!o.threw) return { threw: false };
  const e = o.err;
  if (e === null || typeof e !== 'object') return { threw: true, value: e };
  return {
    threw: true,
    name: e.name,
    code: e.code,
    // Frames differ between implementations by nature; everything else must match.
    message: typeof e.message === 'string' ? e.message.replace(/\n    at [^\n]*/g, '') : e.message,
    generatedMessage: e.generatedMessage,
    operator: e.operator,
    ctor: Object.getPrototypeOf(e) && Object.getPrototypeOf(e).constructor.name,
    keys: Object.keys(e).join(','),
    toString: String(e).replace(/\n    at [^\n]*/g, ''),
    stackHead: typeof e.stack === 'string' ? e.stack.split('\n    at ')[0] : e.stack,
  };
}

async function describeAsync(fn) {
  try {
    await fn();
    return { threw: false };
  } catch (err) {
    return describe({ threw: true, err });
  }
}

function same(call) {
  const expected = describe(outcome(() => call(nodeAssert)));
  const actual = describe(outcome(() => call(ours)));
  nodeAssert.deepStrictEqual(actual, expected, `case: ${call}`);
}

class Custom extends Error {}
const sym = Symbol('s');
const big = Array.from({ length: 60 }, (_, i) => ({ id: i, name: `n${i}` }));
const big2 = big.map((o, i) => (i === 30 ? { id: i, name: 'changed' } : o));

const cases = [
  (a) => a.strictEqual(1, 1),
  (a) => a.strictEqual(1, 2),
  (a) => a.strictEqual('a', 'b'),
  (a) => a.strictEqual('a long string value here', 'a long string value there'),
  (a) => a.strictEqual(NaN, NaN),
  (a) => a.strictEqual(0, -0),
  (a) => a.strictEqual({ a: 1 }, { a: 1 }),
  (a) => a.strictEqual([1, 2, 3], [1, 2, 4]),
  (a) => a.strictEqual(1, 2, 'custom message'),
  (a) => a.strictEqual(1, 2, new TypeError('thrown as is')),
  (a) => a.strictEqual(1),
  (a) => a.notStrictEqual(1, 1),
  (a) => a.notStrictEqual({}, {}),
  (a) => a.notStrictEqual('same string value', 'same string value'),
  (a) => a.equal(1, '1'),
  (a) => a.equal(1, 2),
  (a) => a.equal(NaN, NaN),
  (a) => a.notEqual(1, '1'),
  (a) => a.deepEqual({ a: 1 }, { a: '1' }),
  (a) => a.deepEqual({ a: 1 }, { a: 2 }),
  (a) => a.deepEqual(new Set([1]), new Set(['1'])),
  (a) => a.notDeepEqual({ a: 1 }, { a: 1 }),
  (a) => a.notDeepEqual({ a: 1 }, { a: 2 }),
  (a) => a.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] }),
  (a) => a.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }),
  (a) => a.deepStrictEqual({ a: 1 }, { a: '1' }),
  (a) => a.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]),
  (a) => a.deepStrictEqual(big, big2),
  (a) => a.deepStrictEqual({ s: Symbol('x') }, { s: Symbol('x') }),
  (a) => a.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])),
  (a) => a.deepStrictEqual(new Set([1, 2]), new Set([2, 1])),
  (a) => a.deepStrictEqual(Object.create(null), {}),
  (a) => a.deepStrictEqual(new Date(0), new Date(0)),
  (a) => a.deepStrictEqual(new Date(0), new Date(1)),
  (a) => a.deepStrictEqual(/a/g, /a/i),
  (a) => a.deepStrictEqual(new Error('x'), new Error('x')),
  (a) => a.deepStrictEqual(new Error('x'), new TypeError('x')),
  (a) => a.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')),
  (a) => a.deepStrictEqual(new Uint8Array([1]), new Int8Array([1])),
  (a) => a.deepStrictEqual({ [sym]: 1 }, { [sym]: 2 }),
  (a) => a.deepStrictEqual('a\nb\nc', 'a\nB\nc'),
  (a) => a.deepStrictEqual(1, 1n),
  (a) => a.notDeepStrictEqual({ a: 1 }, { a: 1 }),
  (a) => a.notDeepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  (a) => a.notDeepStrictEqual(1, 1),
  (a) => a.ok(true),
  (a) => a.ok(),
  (a) => a.ok(false, 'msg'),
  (a) => a.ok(0, new RangeError('mine')),
  (a) => a.fail(),
  (a) => a.fail('boom'),
  (a) => a.fail(new TypeError('as is')),
  (a) => a.throws(() => { throw new TypeError('x'); }, TypeError),
  (a) => a.throws(() => { throw new TypeError('x'); }, RangeError),
  (a) => a.throws(() => { throw new TypeError('x'); }, Custom),
  (a) => a.throws(() => { throw 'str'; }, Error),
  (a) => a.throws(() => {}),
  (a) => a.throws(() => {}, TypeError),
  (a) => a.throws(() => {}, 'with message'),
  (a) => a.throws(() => {}, TypeError, 'with message'),
  (a) => a.throws(() => { throw new Error('abc'); }, /abc/),
  (a) => a.throws(() => { throw new Error('abc'); }, /xyz/),
  (a) => a.throws(() => { throw new Error('abc'); }, { message: 'abc' }),
  (a) => a.throws(() => { throw new Error('abc'); }, { message: 'abd', name: 'Error' }),
  (a) => a.throws(() => { throw new Error('abc'); }, { message: /b/ }),
  (a) => a.throws(() => { throw new Error('abc'); }, { code: 'X' }),
  (a) => a.throws(() => { throw new Error('abc'); }, {}),
  (a) => a.throws(() => { throw new Error('abc'); }, new Error('abc')),
  (a) => a.throws(() => { throw new Error('abc'); }, new Error('abd')),
  (a) => a.throws(() => { throw new Error('abc'); }, (e) => e.message === 'abc'),
  (a) => a.throws(() => { throw new Error('abc'); }, function check(e) { return 1; }),
  (a) => a.throws(() => { throw new Error('abc'); }, 'abc'),
  (a) => a.throws(() => { throw new Error('abc'); }, 42),
  (a) => a.throws(() => { throw 5; }, { a: 1 }),
  (a) => a.throws('not a function'),
  (a) => a.doesNotThrow(() => {}),
  (a) => a.doesNotThrow(() => { throw new Error('oops'); }),
  (a) => a.doesNotThrow(() => { throw new Error('oops'); }, 'msg'),
  (a) => a.doesNotThrow(() => { throw new Error('oops'); }, TypeError),
  (a) => a.doesNotThrow(() => { throw new Error('oops'); }, Error, 'with msg'),
  (a) => a.ifError(null),
  (a) => a.ifError(undefined),
  (a) => a.ifError(new Error('bad')),
  (a) => a.ifError('str'),
  (a) => a.ifError(new TypeError('')),
  (a) => a.match('abc', /b/),
  (a) => a.match('abc', /x/),
  (a) => a.match(123, /x/),
  (a) => a.match('abc', 'x'),
  (a) => a.doesNotMatch('abc', /b/),
  (a) => a.doesNotMatch('abc', /x/),
  (a) => new a.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }),
  (a) => new a.AssertionError({ message: 'given', actual: 1, expected: 2, operator: 'x' }),
  (a) => a.strict.equal(1, '1'),
  (a) => a.strict.deepEqual({ a: 1 }, { a: '1' }),
  (a) => a.strict.notEqual(1, '1'),
  (a) => a.strict(true),
  (a) => a.strict(),
];

test('assert failures match node', () => {
  for (const c of cases) same(c);
});

test('assert/strict is assert.strict', () => {
  nodeAssert.strictEqual(oursStrict, ours.strict);
  nodeAssert.strictEqual(ours.strict.strict, ours.strict);
  nodeAssert.deepStrictEqual(Object.keys(ours).sort(), Object.keys(nodeAssert).filter((k) => k !== 'partialDeepStrictEqual').sort());
});

test('rejects / doesNotReject match node', async () => {
  const asyncCases = [
    (a) => a.rejects(Promise.reject(new Error('r')), Error),
    (a) => a.rejects(Promise.resolve(1)),
    (a) => a.rejects(Promise.resolve(1), TypeError, 'msg'),
    (a) => a.rejects(() => Promise.reject(new TypeError('t')), RangeError),
    (a) => a.rejects(() => 5),
    (a) => a.rejects(5),
    (a) => a.rejects(async () => { throw new Error('x'); }, { message: 'y' }),
    (a) => a.doesNotReject(Promise.resolve(1)),
    (a) => a.doesNotReject(Promise.reject(new Error('nope'))),
    (a) => a.doesNotReject(() => Promise.reject(new Error('nope')), 'msg'),
  ];
  for (const c of asyncCases) {
    nodeAssert.deepStrictEqual(await describeAsync(() => c(ours)), await describeAsync(() => c(nodeAssert)), `case: ${c}`);
  }
});

test('assert.ok quotes the failing source expression like node', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-assert-'));
  const file = path.join(dir, 'ok-cases.js');
  fs.writeFileSync(file, [
    "'use strict';",
    'module.exports = [',
    '  (assert) => assert.ok(false),',
    '  (assert) => assert(typeof 1 === "string"),',
    '  (assert) => { const x = 0; assert.ok(x === 1 && (x + 1) > 3); },',
    '  (assert) => assert.ok(',
    '    0 ||',
    '      null',
    '  ),',
    '  (assert) => assert.strict.ok(null),',
    "  (assert) => assert.ok('')",
    '];',
    '',
  ].join('\n'));
  try {
    for (const c of require(file)) same(c);
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
});

test('AssertionError inspect and properties', () => {
  const util = require('util');
  for (const make of [(a) => new a.AssertionError({ actual: 'x\n'.repeat(20), expected: 'y', operator: 'strictEqual' })]) {
    const e1 = make(nodeAssert);
    const e2 = make(ours);
    nodeAssert.deepStrictEqual(Object.getOwnPropertyNames(e2).sort(), Object.getOwnPropertyNames(e1).sort());
    const strip = (s) => s.replace(/\n    at [^\n]*/g, '');
    nodeAssert.strictEqual(strip(util.inspect(e2)), strip(util.inspect(e1)));
  }
});

test('CallTracker reports and verifies like node', () => {
  const run = (a) => {
    const tracker = new a.CallTracker();
    const foo = tracker.calls(function foo(x) { return x * 2; }, 2);
    const anon = tracker.calls();
    const r = [foo(3)];
    anon.call('self', 1, 2);
    const calls = tracker.getCalls(anon).map((c) => ({ thisArg: c.thisArg, arguments: c.arguments }));
    const report = tracker.report().map(({ message, actual, expected, operator }) => ({ message, actual, expected, operator }));
    let verify;
    try {
      tracker.verify();
    } catch (e) {
      verify = { message: e.message, code: e.code, keys: Object.keys(e).join(',') };
    }
    tracker.reset(foo);
    foo(1);
    foo(2);
    const after = tracker.report().length;
    let bad;
    try {
      tracker.getCalls(() => {});
    } catch (e) {
      bad = [e.code, e.message.replace(/\n.*$/s, '')];
    }
    let badCount;
    try {
      tracker.calls(() => {}, 0);
    } catch (e) {
      badCount = [e.code, e.message];
    }
    return { r, calls, report, verify, after, bad, badCount };
  };
  nodeAssert.deepStrictEqual(run(ours), run(nodeAssert));
});

test('diff markers are colored when stderr is a color TTY (as node does)', () => {
  const stderr = process.stderr;
  const saved = { isTTY: stderr.isTTY, getColorDepth: stderr.getColorDepth };
  const pairs = [
    [{ a: 1, b: [1, 2, 3, 4, 5, 6, 7, 8] }, { a: 2, b: [1, 2, 3, 4, 5, 6, 7, 9] }],
    [Array.from({ length: 80 }, (_, i) => i), Array.from({ length: 80 }, (_, i) => (i === 40 ? -1 : i))],
    [{ s: Symbol('x') }, { s: Symbol('x') }],
  ];
  try {
    for (const colors of [true, false]) {
      stderr.isTTY = true;
      stderr.getColorDepth = () => (colors ? 8 : 1);
      for (const [a, b] of pairs) {
        for (const op of ['deepStrictEqual', 'notDeepStrictEqual']) {
          const msg = (impl) => {
            try {
              impl[op](a, op === 'notDeepStrictEqual' ? a : b);
            } catch (e) {
              return e.message;
            }
            return '';
          };
          nodeAssert.strictEqual(msg(ours), msg(nodeAssert), `${op} colors=${colors}`);
        }
      }
    }
  } finally {
    stderr.isTTY = saved.isTTY;
    stderr.getColorDepth = saved.getColorDepth;
  }
});
