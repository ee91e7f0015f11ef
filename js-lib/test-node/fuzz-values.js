'use strict';

// Seeded random value generators shared by inspect-fuzz.test.js and graal-smoke.js.

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

const optionSets = [undefined, { depth: 4 }, { compact: false }, { breakLength: 60 }, { sorted: true },
  { compact: 1, breakLength: 100 }, { maxArrayLength: 5, maxStringLength: 20 }, { depth: null, compact: 5 }];

module.exports = { rng, gen, mutate, optionSets };
