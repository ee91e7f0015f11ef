'use strict';

// Builds a self-contained script that replays engine-cases.js on another engine (GraalJS) and
// compares with the results our modules give on node. Usage:
//   node js-lib/test-node/graal-smoke.js > /tmp/smoke.js
// then evaluate /tmp/smoke.js in a GraalJS context that defines compile(file) (returns the
// wrapped module function), exists(file) and LIB (the js-lib/lib path); it evaluates to a report.

const { createLoader, LIB } = require('./run');
const cases = require('./engine-cases');

const loader = createLoader({ hooks: false });
const mods = {
  util: loader.require('util'),
  assert: loader.require('assert'),
  errors: loader.require('internal/errors'),
  validators: loader.require('internal/validators'),
  encoding: loader.require('internal/encoding'),
};
const expected = cases.map(([label, fn]) => [label, String(fn(mods))]);

const prelude = `
'use strict';
globalThis.process = globalThis.process || {
  env: {}, pid: 1, argv: ['gnode', 'smoke'], execArgv: [], noDeprecation: true,
  nextTick(fn, ...args) { Promise.resolve().then(() => fn(...args)); },
  emitWarning() {}, stderr: { isTTY: false, write() {} }, stdout: { isTTY: false, write() {} },
};
const cache = new Map();
function resolve(request) {
  const name = request.startsWith('node:') ? request.slice(5) : request;
  const file = name.startsWith('internal/') ? LIB + '/' + name + '.js' : LIB + '/node/' + name + '.js';
  if (!exists(file)) throw new Error('no module ' + request);
  return file;
}
function load(request) {
  const file = resolve(request);
  if (cache.has(file)) return cache.get(file).exports;
  const module = { exports: {} };
  cache.set(file, module);
  compile(file)(module.exports, load, module, file, file.slice(0, file.lastIndexOf('/')), () => ({}));
  return module.exports;
}
`;

const body = `
const mods = { util: load('util'), assert: load('assert'), errors: load('internal/errors'),
  validators: load('internal/validators'), encoding: load('internal/encoding') };
const cases = [${cases.map(([label, fn]) => `[${JSON.stringify(label)}, ${fn.toString()}]`).join(',\n')}];
const expected = ${JSON.stringify(expected)};
const failures = [];
cases.forEach(([label, fn], i) => {
  let got;
  try { got = String(fn(mods)); } catch (e) { got = 'THREW ' + (e && e.stack || e); }
  if (got !== expected[i][1]) failures.push(label + '\\n  expected: ' + JSON.stringify(expected[i][1]) + '\\n  actual:   ' + JSON.stringify(got));
});
(failures.length === 0 ? 'ALL ' + cases.length + ' CASES PASS' : failures.join('\\n') + '\\n' + failures.length + '/' + cases.length + ' FAILED');
`;

process.stdout.write(prelude + body);
void LIB;
