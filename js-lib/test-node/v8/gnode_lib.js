'use strict';

// Loads gnode's js-lib modules on node for these tests: `internal/...` and the
// built-ins listed in OWN_BUILTINS come from js-lib/lib (wrapped as gnode
// wraps them); every other require falls through to node's own modules.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const LIB = path.resolve(__dirname, '../../lib');
const OWN_BUILTINS = new Set(['v8']);
const cache = new Map();

function resolve(id) {
  if (id.startsWith('internal/')) return path.join(LIB, `${id}.js`);
  const bare = id.startsWith('node:') ? id.slice(5) : id;
  if (OWN_BUILTINS.has(bare)) return path.join(LIB, 'node', `${bare}.js`);
  return null;
}

function gnodeRequire(id) {
  const file = resolve(id);
  if (file === null) return require(id);
  const cached = cache.get(file);
  if (cached !== undefined) return cached.exports;
  const module = { exports: {} };
  cache.set(file, module);
  const fn = vm.compileFunction(
    fs.readFileSync(file, 'utf8'),
    ['exports', 'require', 'module', '__filename', '__dirname', 'internalBinding'],
    { filename: file });
  const internalBinding = (name) => {
    throw new Error(`internalBinding('${name}') is not available under node`);
  };
  fn.call(module.exports, module.exports, gnodeRequire, module, file,
          path.dirname(file), internalBinding);
  return module.exports;
}

module.exports = { gnodeRequire };
