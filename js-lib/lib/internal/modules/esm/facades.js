'use strict';

// The module texts gnode generates for GraalJS to parse. Generated code reaches gnode through
// globalThis[Symbol.for('gnode.esm.host')] (see internal/modules/esm/host), a frozen, non-enumerable property.
const path = require('path');

const modules = internalBinding('modules');
const HOST_EXPR = `globalThis[Symbol.for('gnode.esm.host')]`;

// A built-in: default = its exports object, named exports = that object's own enumerable keys.
function builtinFacade(name, exports) {
  return `const m = ${HOST_EXPR}.builtin(${JSON.stringify(name)}); export default m;` +
    namedExports(exportNames(exports));
}

// A module that throws error `id` when evaluated, exporting `names` (and default) so that importers link.
function throwingModule(id, names) {
  let exports = 'export default undefined;';
  let i = 0;
  for (const name of names) exports += `let n${i}; export { n${i++} as ${JSON.stringify(name)} };`;
  return `${exports} throw ${HOST_EXPR}.error(${JSON.stringify(String(id))});`;
}

// How many characters were put before line 1 of a module, by file (error columns on line 1 are corrected).
const prefixLengths = new Map();

// GraalJS gives import.meta.url; Node also has dirname, filename, resolve and main. Set on line 1 so that
// line numbers stay the file's (only when the module mentions import.meta at all).
function withImportMeta(text, filename, isMain) {
  if (!text.includes('import.meta')) return text;
  const prefix = `import.meta.dirname=${JSON.stringify(path.dirname(filename))};` +
    `import.meta.filename=${JSON.stringify(filename)};` +
    `import.meta.resolve=${HOST_EXPR}.metaResolve(${JSON.stringify(filename)});` +
    `import.meta.main=${isMain};`;
  prefixLengths.set(filename, prefix.length);
  if (text.startsWith('#!')) return prefix + '//' + text.slice(2);
  return prefix + text;
}

function exportNames(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return [];
  return Object.keys(value);
}

// `export { e0 as "name" }` for every name: any string is a valid export name in a string literal.
function namedExports(names) {
  let out = '';
  let i = 0;
  for (const name of names) {
    if (name === 'default' || name === 'module.exports') continue;
    const key = JSON.stringify(name);
    out += `const e${i} = m == null ? undefined : m[${key}]; export { e${i} as ${key} };`;
    i++;
  }
  return out;
}

function commonjsFacade(filename) {
  const names = commonjsExportNames(filename, new Set());
  return `const m = ${HOST_EXPR}.cjs(${JSON.stringify(filename)}); export default m; ` +
    `export { m as "module.exports" };` + namedExports(names);
}

function commonjsExportNames(filename, seen) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  const text = modules.readFile(filename);
  if (text == null) return names;
  const { lex } = require('internal/modules/esm/cjs_exports');
  const found = lex(text);
  for (const name of found.names) names.add(name);
  if (found.reexports.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    const parent = new Module(filename, null);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(path.dirname(filename));
    for (const request of found.reexports) {
      try {
        const target = Module._resolveFilename(request, parent, false);
        if (path.isAbsolute(target) && /\.c?js$/.test(target)) {
          for (const name of commonjsExportNames(target, seen)) names.add(name);
        }
      } catch {
        // Node ignores re-exports it cannot resolve.
      }
    }
  }
  return names;
}

module.exports = {
  HOST_EXPR, builtinFacade, commonjsFacade, throwingModule, withImportMeta,
  prefixLength: (filename) => prefixLengths.get(filename) ?? 0,
};
