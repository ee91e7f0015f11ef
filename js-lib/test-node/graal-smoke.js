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

// Fuzz replay: the same seeded values on both engines; inspect and assert messages must match.
const { rng, gen, mutate, optionSets } = require('./fuzz-values');
const FUZZ_COUNT = 300;
function fuzzResults(m) {
  const r = rng(777);
  const out = [];
  const message = (fn) => {
    try {
      fn();
      return '(no throw)';
    } catch (e) {
      return e.message;
    }
  };
  for (let i = 0; i < FUZZ_COUNT; i++) {
    const value = gen(r, 4);
    for (const opts of optionSets) out.push(m.util.inspect(value, opts));
    const other = r() < 0.15 ? value : mutate(r, value);
    out.push(message(() => m.assert.deepStrictEqual(value, other)));
    out.push(message(() => m.assert.deepEqual(value, other)));
  }
  return out;
}
const fuzzExpected = fuzzResults(mods);
const fuzzSource = require('fs').readFileSync(require('path').join(__dirname, 'fuzz-values.js'), 'utf8');

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
const fuzzModule = { exports: {} };
(function (module, exports, require) { ${fuzzSource}\n})(fuzzModule, fuzzModule.exports, load);
const { rng, gen, mutate, optionSets } = fuzzModule.exports;
const FUZZ_COUNT = ${FUZZ_COUNT};
const fuzzResults = ${fuzzResults.toString()};
const fuzzExpected = ${JSON.stringify(fuzzExpected)};
const fuzzActual = fuzzResults(mods);
let fuzzFailures = 0;
fuzzExpected.forEach((e, i) => {
  if (fuzzActual[i] !== e) {
    if (fuzzFailures++ < 5) failures.push('fuzz #' + i + '\\n  expected: ' + JSON.stringify(e) + '\\n  actual:   ' + JSON.stringify(fuzzActual[i]));
  }
});
(failures.length === 0 ? 'ALL ' + cases.length + ' CASES AND ' + fuzzExpected.length + ' FUZZ RESULTS PASS' :
  failures.join('\\n') + '\\n' + failures.length + ' case failures, ' + fuzzFailures + ' fuzz failures');
`;

process.stdout.write(prelude + body);
void LIB;
