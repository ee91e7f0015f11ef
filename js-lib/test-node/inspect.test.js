'use strict';

// util.inspect / util.format: our output must equal real node's for every case.

const assert = require('assert');
const nodeUtil = require('util');
const { createLoader, test } = require('./run');

const ours = createLoader().require('internal/util/inspect');
const oursNoHooks = createLoader({ hooks: false }).require('internal/util/inspect');

function same(value, opts) {
  const expected = opts === undefined ? nodeUtil.inspect(value) : nodeUtil.inspect(value, opts);
  const actual = opts === undefined ? ours.inspect(value) : ours.inspect(value, opts);
  assert.strictEqual(actual, expected);
}

class Foo {}
class Bar extends Foo { constructor() { super(); this.x = 1; } }
function named() {}
const circular = { a: 1 };
circular.self = circular;
circular.list = [circular, { inner: circular }];
const sparse = [1, , 3];
sparse[10] = 4;
const nullProto = Object.create(null);
nullProto.k = 'v';
const withGetters = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return { deep: true }; },
  set gs(v) {},
};
const sym = Symbol('s');
const withSymbols = { [sym]: 1, [Symbol.iterator]: 2, normal: 3 };
Object.defineProperty(withSymbols, 'hidden', { value: 'h', enumerable: false });

const values = {
  primitives: [1, -0, 0, NaN, Infinity, -Infinity, 1.5, 12345678901234, 2n, -123456789n, true, false,
    undefined, null, Symbol('desc'), Symbol(), Symbol.iterator],
  strings: ['', 'a', "it's", 'say "hi"', `it's "both"`, "it's \"all\" `three`", 'new\nline', 'tab\t',
    '\x00\x07\x1b\x7f\x9f', 'back\\slash', '\ud800 lone', 'emoji 😀', 'ñ é',
    'a'.repeat(100), `${'line one is long enough\n'.repeat(5)}end`],
  arrays: [[], [1, 2, 3], [[1, [2, [3, [4]]]]], sparse, [, ,], new Array(5), Array.from({ length: 120 }, (_, i) => i),
    Array.from({ length: 30 }, (_, i) => `item${i}`), Array.from({ length: 26 }, (_, i) => i * 1000),
    ['a', 1, 'bb', 22, 'ccc', 333, 'dddd', 4444], Object.assign([1, 2], { extra: true }),
    [undefined, null, NaN]],
  objects: [{}, { a: 1 }, { a: { b: { c: { d: 1 } } } }, { 'key-with-dash': 1, valid_key: 2, 3: 'num' },
    { a: 'x'.repeat(60), b: 'y'.repeat(20) }, { long: 'z'.repeat(90) },
    { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23 },
    { nested: { arr: [1, 2, { deep: [1, 2] }] } }, nullProto, Object.create(null), circular,
    withGetters, withSymbols, { __proto__: { inherited: 1 }, own: 2 }, { ['__proto__']: 1 },
    { fn: named, arrow: () => {}, anon: function () {} }],
  classes: [new Foo(), new Bar(), Foo, Bar, class {}, class extends Foo {}, named, () => {},
    async function af() {}, function* gen() {}, async function* ag() {}, Math.max, Object.assign(named, {}),
    Object.assign(function withProps() {}, { p: 1 })],
  builtins: [new Map(), new Map([[1, 'a'], ['b', { c: 2 }]]), new Set(), new Set([1, 'two', [3]]),
    new Date(0), new Date(NaN), /re/gi, Object.assign(/x/, { p: 1 }), new Error('boom').message,
    new Uint8Array([1, 2, 3]), new Float64Array(2), new BigInt64Array([1n]), new Uint8Array(0),
    new ArrayBuffer(4), new DataView(new ArrayBuffer(2)), new Number(3), new String('str'),
    new Boolean(false), Object(1n), Object(Symbol('boxed')), new WeakMap(), new WeakSet(),
    Object.assign(new Number(-0), { x: 1 }), Math, JSON, globalThis.Atomics].filter((v) => v !== undefined),
};

for (const [group, list] of Object.entries(values)) {
  test(`inspect ${group} (default options)`, () => {
    for (const v of list) same(v);
  });
}

test('inspect options: depth, colors, sorted, compact, breakLength, showHidden', () => {
  const deep = { a: { b: { c: { d: { e: 1 } } } }, arr: [[[[1]]]] };
  for (const opts of [{ depth: 0 }, { depth: 1 }, { depth: Infinity }, { depth: null }, { colors: true },
    { sorted: true }, { compact: false }, { compact: true }, { compact: 1 }, { breakLength: 40 },
    { breakLength: Infinity }, { showHidden: true }, { maxArrayLength: 2 }, { maxArrayLength: 0 },
    { maxStringLength: 3 }, { getters: true }, { numericSeparator: true }]) {
    for (const list of Object.values(values)) for (const v of list) same(v, opts);
    same(deep, opts);
  }
});

test('inspect numericSeparator', () => {
  for (const n of [1234567, -1234567.891234, 0.0001234, 1e21, 123n, 123456789012345678901n, 1234.5]) {
    same(n, { numericSeparator: true });
  }
});

test('inspect errors', () => {
  const e = new Error('msg');
  same(e);
  const withCode = new TypeError('bad');
  withCode.code = 'ERR_X';
  same(withCode);
  same({ nested: new RangeError('inner') });
  same(new Error('outer', { cause: new Error('inner cause') }));
  same(new Error('with cause value', { cause: 'str' }));
  const noStack = new Error('nostack');
  noStack.stack = undefined;
  same(noStack);
  const renamed = new Error('x');
  renamed.name = 'Custom';
  same(renamed);
  class MyError extends Error {}
  same(new MyError('mine'));
  same(new AggregateError([new Error('a')], 'agg'));
  const nullProtoErr = new Error('np');
  Object.setPrototypeOf(nullProtoErr, null);
  same(nullProtoErr);
});

test('inspect custom', () => {
  same({ [nodeUtil.inspect.custom]() { return 'custom!'; } });
  same({ [nodeUtil.inspect.custom]() { return { replaced: [1, 2] }; } });
  same({ x: { [nodeUtil.inspect.custom](depth, options) { return `depth=${depth} ${typeof options.stylize}`; } } });
  same({ a: { [nodeUtil.inspect.custom]() { return 'multi\nline'; } } });
  same({ [nodeUtil.inspect.custom]() { return 'x'; } }, { customInspect: false });
});

test('inspect hooks: promise, proxy, iterators (with engine hooks)', () => {
  same(Promise.resolve(42));
  same(new Promise(() => {}));
  const rejected = Promise.reject(new Error('no'));
  rejected.catch(() => {});
  same(rejected);
  same(new Proxy({ a: 1 }, {}));
  same(new Proxy({ a: 1 }, {}), { showProxy: true });
  same(new Proxy([1, 2], {}), { showProxy: true });
  same(new Map([[1, 2]]).entries());
  same(new Map([[1, 2]]).keys());
  same(new Set([1, 2]).values());
  same([1, 2][Symbol.iterator]());
});

test('inspect without engine hooks degrades honestly', () => {
  assert.strictEqual(oursNoHooks.inspect(Promise.resolve(1)), 'Promise { <unknown> }');
  assert.strictEqual(oursNoHooks.inspect(new Map([[1, 2]]).entries()), '[Map Entries] { <items unknown> }'
    .replace('Entries', 'Iterator'));
  assert.strictEqual(oursNoHooks.inspect({ a: [1, { b: 2 }] }), nodeUtil.inspect({ a: [1, { b: 2 }] }));
});

test('inspect arguments object and boxed values', () => {
  (function () { same(arguments); })(1, 'a');
  (function () { same(arguments); })();
});

test('format', () => {
  const cases = [
    ['%s', 'str'], ['%s', 42], ['%s', -0], ['%s', 5n], ['%s', { a: 1 }], ['%s', [1, [2]]], ['%s', null],
    ['%s', undefined], ['%s', Symbol('s')], ['%s', new Error('e').message], ['%s', { toString() { return 'custom'; } }],
    ['%d', '42'], ['%d', 42.5], ['%d', 5n], ['%d', {}], ['%i', '42.9'], ['%i', 7n], ['%f', '1.5x'],
    ['%j', { a: [1] }], ['%o', { a: [1, { b: 2 }] }], ['%O', { a: 1 }], ['%c', 'css'], ['100%%'],
    ['%s %s', 'only-one'], ['%x %s', 'a'], ['no placeholders', 1, 'two', { three: 3 }], [1, 2, 3],
    [{ a: 1 }, 'b'], ['%s'], ['%%s', 'x'], ['a%', 1], ['%s:%s', 'a', 'b', 'c'],
  ];
  for (const args of cases) assert.strictEqual(ours.format(...args), nodeUtil.format(...args), require("util").inspect(args));
  const circ = {};
  circ.c = circ;
  assert.strictEqual(ours.format('%j', circ), nodeUtil.format('%j', circ));
  assert.strictEqual(ours.formatWithOptions({ colors: true }, 'x %O', { a: 1 }),
    nodeUtil.formatWithOptions({ colors: true }, 'x %O', { a: 1 }));
});

test('stripVTControlCharacters', () => {
  for (const s of ['\u001b[31mred\u001b[39m', 'plain', '\u001b]8;;http://x\u0007link\u001b]8;;\u0007']) {
    assert.strictEqual(ours.stripVTControlCharacters(s), nodeUtil.stripVTControlCharacters(s));
  }
});

test('inspect more edge cases', () => {
  class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
  class WithStatic { static s = 1; static m() {} }
  class Proto { constructor() { this.own = 1; } get computed() { return 2; } }
  const emptyMsg = new Error('');
  const nonStringName = new Error('x');
  nonStringName.name = 42;
  class NamedErr extends Error { constructor() { super('m'); this.name = 'NamedErr'; } }
  const ownNameErr = new TypeError('y');
  Object.defineProperty(ownNameErr, 'name', { value: 'Other', enumerable: true });
  const frozen = Object.freeze({ a: 1 });
  const numericKeys = { 2: 'b', 1: 'a', x: 'c', '-1': 'd' };
  const longKey = { ['k'.repeat(100)]: 1 };
  const nestedErr = { e: new Error('inner') };
  const map = new Map([[{ a: 1 }, [1, 2]], ['s', new Set([new Map()])]]);
  const deepArr = [[[[[[1]]]]]];
  const fnWithProto = function withProto() {};
  fnWithProto.prototype.x = 1;
  const values = [new Tagged(), WithStatic, new Proto(), emptyMsg, nonStringName, new NamedErr(), ownNameErr, frozen,
    numericKeys, longKey, nestedErr, map, deepArr, fnWithProto, new Proxy(function f() {}, {}), new Proxy([1], {}),
    Object.create(Array.prototype), Object.create(Proto.prototype), Object.setPrototypeOf(new Map([[1, 2]]), null),
    Object.setPrototypeOf([1, 2], null), Object.setPrototypeOf(function nul() {}, null), [-0, 0, -0.5],
    { a: [], b: {}, c: new Map(), d: new Set(), e: '' }, [new Date(NaN)], Object(Symbol()), new (class extends Map {})(),
    new (class Foo extends Set {})([1]), new (class Arr extends Array {})(3), new (class U8 extends Uint8Array {})(2),
    { 'quoted-key': { 'another key': 1 } }, [{ a: 1, b: { c: { d: { e: 1 } } } }], globalThis.process ? process.versions : 1];
  for (const v of values) {
    for (const opts of [undefined, { showHidden: true }, { depth: 0 }, { compact: false }]) same(v, opts);
  }
});
