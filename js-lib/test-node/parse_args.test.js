'use strict';

// util.parseArgs against node's.

const assert = require('assert');
const nodeUtil = require('util');
const { createLoader, test } = require('./run');

const { parseArgs } = createLoader().require('internal/util/parse_args');

function run(fn, config) {
  try {
    const r = fn(config);
    return JSON.parse(JSON.stringify({ values: { ...r.values }, positionals: r.positionals, tokens: r.tokens }));
  } catch (e) {
    return { name: e.name, code: e.code, message: e.message };
  }
}

const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', multiple: true, short: 't' },
  color: { type: 'boolean', default: true },
  level: { type: 'string', default: 'info' },
};

const configs = [
  { args: [], options },
  { args: ['-v', '--file', 'a.txt', 'pos'], options, allowPositionals: true },
  { args: ['-vf', 'x'], options },
  { args: ['-fvalue'], options },
  { args: ['-vfFILE'], options },
  { args: ['--file=a=b'], options },
  { args: ['-t', 'a', '--tag', 'b', '-tc'], options },
  { args: ['--unknown'], options },
  { args: ['--unknown'], options, allowPositionals: true },
  { args: ['-u'], options },
  { args: ['pos'], options },
  { args: ['--file'], options },
  { args: ['--verbose=yes'], options },
  { args: ['--file', '-v'], options },
  { args: ['-f', '-v'], options },
  { args: ['--', '-v', '--file'], options },
  { args: ['--unknown', 'x', '--file'], options, strict: false },
  { args: ['-v', '--file', 'x', '--', 'y'], options, tokens: true, allowPositionals: true },
  { args: ['-abc'], options: {}, strict: false, tokens: true },
  { args: ['--no-color'], options, allowNegative: true },
  { args: ['--no-color'], options },
  { args: 'notarray', options },
  { args: [], options: { x: { type: 'number' } } },
  { args: [], options: { x: { type: 'string', short: 'xx' } } },
  { args: [], options: { x: { type: 'string', default: 1 } } },
  { args: [], options: { x: { type: 'boolean', multiple: true, default: [true, 1] } } },
  { args: [], options: { x: 'str' } },
  { args: [], strict: 'yes' },
  { args: ['--__proto__', 'x'], options: { __proto__: null, ['__proto__']: { type: 'string' } } },
];

test('parseArgs matches node', () => {
  for (const config of configs) {
    assert.deepStrictEqual(run(parseArgs, config), run(nodeUtil.parseArgs, config), nodeUtil.inspect(config));
  }
});
