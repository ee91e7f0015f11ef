'use strict';

// Loads js-lib files on real node the way gnode does, and runs the *.test.js comparison tests.
//
//   node js-lib/test-node/run.js            run every *.test.js here
//   node js-lib/test-node/run.js util       run the files whose name contains "util"
//
// Each js-lib file is wrapped as
//   (function (exports, require, module, __filename, __dirname, internalBinding) { ... })
// require('internal/x') -> lib/internal/x.js; require('x' | 'node:x') -> lib/node/x.js when it
// exists, else node's own module (e.g. buffer, fs). internalBinding('util') offers the hooks gnode's
// Java side is to provide, backed here by node's own binding (needs --expose-internals, which this
// script adds by re-running itself); withoutHooks() gives a loader whose binding has none.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const LIB = path.join(__dirname, '..', 'lib');

function nodeUtilBinding() {
  try {
    const { internalBinding } = require('internal/test/binding');
    const b = internalBinding('util');
    return {
      getProxyDetails: b.getProxyDetails,
      getPromiseDetails: b.getPromiseDetails,
      previewEntries: b.previewEntries,
      getOwnNonIndexProperties: b.getOwnNonIndexProperties,
      getConstructorName: b.getConstructorName,
    };
  } catch {
    return {};
  }
}

// Public modules this harness loads from js-lib; every other public name comes from node itself,
// so these tests do not depend on js-lib modules that other engineers are still writing.
// createLoader({ allPublic: true }) loads every js-lib/lib/node/<name>.js that exists instead.
const OWN_PUBLIC = new Set(['util', 'util/types', 'assert', 'assert/strict']);

function resolveFile(request, allPublic) {
  const name = request.startsWith('node:') ? request.slice(5) : request;
  if (name.startsWith('internal/')) {
    const file = path.join(LIB, name + '.js');
    if (fs.existsSync(file)) return file;
    const index = path.join(LIB, name, 'index.js');
    if (fs.existsSync(index)) return index;
    throw new Error(`harness: no js-lib file for ${request}`);
  }
  if (!allPublic && !OWN_PUBLIC.has(name)) return null;
  const file = path.join(LIB, 'node', name + '.js');
  return fs.existsSync(file) ? file : null;
}

/** A fresh module world: its own cache, its own internalBinding. */
function createLoader(options = {}) {
  const cache = new Map();
  const utilHooks = options.hooks === false ? {} : nodeUtilBinding();
  const bindings = { util: utilHooks, ...(options.bindings || {}) };
  function internalBinding(name) {
    if (Object.prototype.hasOwnProperty.call(bindings, name)) return bindings[name];
    return {};
  }
  function load(request) {
    const file = resolveFile(request, options.allPublic === true);
    if (file === null) return require(request.startsWith('node:') ? request : `node:${request}`);
    const cached = cache.get(file);
    if (cached !== undefined) return cached.exports;
    const module = { exports: {}, id: file, filename: file, loaded: false };
    cache.set(file, module);
    const source = fs.readFileSync(file, 'utf8');
    const wrapper = '(function (exports, require, module, __filename, __dirname, internalBinding) { ' +
      source + '\n})';
    const fn = vm.runInThisContext(wrapper, { filename: file });
    fn.call(module.exports, module.exports, load, module, file, path.dirname(file), internalBinding);
    module.loaded = true;
    return module.exports;
  }
  /** js-lib files loaded so far (relative to lib/), for lazy-loading checks. */
  function loaded() {
    return [...cache.keys()].map((f) => path.relative(LIB, f));
  }
  return { require: load, internalBinding, loaded };
}

// ---- tiny test runner -----------------------------------------------------------------------

const tests = [];
function test(name, fn) {
  tests.push({ name, fn, file: currentFile });
}
let currentFile = '';

async function main() {
  const filter = process.argv[2];
  const files = fs.readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && (filter === undefined || f.includes(filter)))
    .sort();
  for (const f of files) {
    currentFile = f;
    require(path.join(__dirname, f));
  }
  let failed = 0;
  for (const t of tests) {
    try {
      await t.fn();
    } catch (err) {
      failed++;
      console.log(`FAIL ${t.file} :: ${t.name}\n  ${String(err && err.stack || err).split('\n').slice(0, 12).join('\n  ')}`);
    }
  }
  console.log(`${tests.length - failed}/${tests.length} passed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

module.exports = { createLoader, test, LIB };

if (require.main === module) {
  if (!process.execArgv.includes('--expose-internals')) {
    const { spawnSync } = require('child_process');
    const r = spawnSync(process.execPath, ['--expose-internals', __filename, ...process.argv.slice(2)],
      { stdio: 'inherit' });
    process.exitCode = r.status === null ? 1 : r.status;
  } else {
    main();
  }
}
