'use strict';

// Random nested values (seeded, reproducible): our inspect must equal node's for every one,
// under several option sets. Catches layout differences (grouping, line breaking) that
// hand-picked cases miss.

const assert = require('assert');
const nodeUtil = require('util');
const { createLoader, test } = require('./run');

const ours = createLoader().require('internal/util/inspect');

const { rng, gen, mutate, optionSets } = require('./fuzz-values');

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
