'use strict';

// Random nested values (seeded, reproducible): our inspect must equal node's for every one,
// under several option sets. Catches layout differences (grouping, line breaking) that
// hand-picked cases miss.

const assert = require('assert');
const nodeUtil = require('util');
const { createLoader, test } = require('./run');

const ours = createLoader().require('internal/util/inspect');

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const words = ['', 'a', 'abc', 'hello world', "it's", 'x'.repeat(30), 'multi\nline\ntext', 'ünïcödé', 'tab\tsep',
  'key-with-dash', 'y'.repeat(90), '😀 emoji'];

function gen(r, depth) {
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const k = r();
  if (depth <= 0 || k < 0.35) {
    return pick([0, -0, 1, -1.5, 123456789, 2 ** 53, NaN, Infinity, 10n, true, false, null, undefined,
      ...words, Symbol('sym')]);
  }
  if (k < 0.55) {
    const n = Math.floor(r() * (r() < 0.2 ? 40 : 8));
    const arr = [];
    for (let i = 0; i < n; i++) arr.push(gen(r, depth - 1));
    if (r() < 0.1 && n > 2) delete arr[1];
    return arr;
  }
  if (k < 0.8) {
    const n = Math.floor(r() * (r() < 0.2 ? 30 : 6));
    const obj = r() < 0.1 ? Object.create(null) : {};
    for (let i = 0; i < n; i++) obj[pick(words) + (r() < 0.5 ? i : '')] = gen(r, depth - 1);
    return obj;
  }
  if (k < 0.87) {
    const m = new Map();
    const n = Math.floor(r() * 5);
    for (let i = 0; i < n; i++) m.set(gen(r, 0), gen(r, depth - 1));
    return m;
  }
  if (k < 0.92) {
    const s = new Set();
    const n = Math.floor(r() * 5);
    for (let i = 0; i < n; i++) s.add(gen(r, depth - 1));
    return s;
  }
  if (k < 0.95) {
    const arr = new Uint8Array(Math.floor(r() * 30));
    for (let i = 0; i < arr.length; i++) arr[i] = Math.floor(r() * 256);
    return arr;
  }
  if (k < 0.97) return new Date(Math.floor(r() * 2e12));
  return [class Foo {}, function bar() {}, () => {}, /re+/g][Math.floor(r() * 4)];
}

const optionSets = [undefined, { depth: 4 }, { compact: false }, { breakLength: 60 }, { sorted: true },
  { compact: 1, breakLength: 100 }, { maxArrayLength: 5, maxStringLength: 20 }, { depth: null, compact: 5 }];

test('inspect fuzz: 600 random values x 8 option sets', () => {
  const r = rng(20261122);
  for (let i = 0; i < 600; i++) {
    const value = gen(r, 4);
    for (const opts of optionSets) {
      const expected = nodeUtil.inspect(value, opts);
      const actual = ours.inspect(value, opts);
      if (actual !== expected) {
        assert.strictEqual(actual, expected, `value #${i} opts ${JSON.stringify(opts)}`);
      }
    }
  }
});

// Returns a copy of v with one leaf changed (or v itself when nothing changes).
function mutate(r, v) {
  if (Array.isArray(v) && v.length > 0) {
    const copy = v.slice();
    const i = Math.floor(r() * copy.length);
    copy[i] = mutate(r, copy[i]);
    if (r() < 0.2) copy.push('extra');
    return copy;
  }
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const keys = Object.keys(v);
    const copy = { ...v };
    if (keys.length === 0 || r() < 0.2) copy.added = 1;
    else copy[keys[Math.floor(r() * keys.length)]] = mutate(r, v[keys[Math.floor(r() * keys.length)]]);
    return copy;
  }
  return typeof v === 'number' ? v + 1 : 'changed';
}

test('assert diff fuzz: deepStrictEqual / strictEqual / notDeepStrictEqual messages equal node', () => {
  const nodeAssert = require('assert');
  const ourAssert = createLoader().require('assert');
  const r = rng(424242);
  const message = (fn) => {
    try {
      fn();
      return '(no throw)';
    } catch (e) {
      return e.message;
    }
  };
  for (let i = 0; i < 400; i++) {
    const a = gen(r, 3);
    const b = r() < 0.15 ? a : mutate(r, a);
    for (const op of ['deepStrictEqual', 'strictEqual', 'notDeepStrictEqual', 'deepEqual', 'notDeepEqual', 'notStrictEqual']) {
      const expected = message(() => nodeAssert[op](a, b));
      const actual = message(() => ourAssert[op](a, b));
      if (actual !== expected) assert.strictEqual(actual, expected, `pair #${i} ${op}`);
    }
  }
});
