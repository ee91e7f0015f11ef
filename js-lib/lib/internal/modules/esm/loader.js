'use strict';

// ES modules run on GraalJS's own module implementation; gnode decides resolution and formats through the
// host (internal/modules/esm/host), which the module file system asks. The host is wired up before any user
// code runs (so import() works anywhere) but its JS is only loaded when a module is first imported.
const path = require('path');

const modules = internalBinding('modules');

let host;
function realHost() {
  if (host === undefined) host = require('internal/modules/esm/host');
  return host;
}

function installHost() {
  modules.esmInstall({
    resolve: (specifier, referrer) => realHost().resolve(specifier, referrer),
    load: (filename, referrer) => realHost().load(filename, referrer),
    mimeType: (filename, referrer) => realHost().mimeType(filename, referrer),
  });
}

// Whether Node runs `filename` as an ES module: .mjs, or .js / extensionless under "type": "module", or,
// without a "type", a file whose syntax is only valid as a module (Node 22+ detection).
function isEsmFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (!filename.endsWith('.js') && path.extname(filename) !== '') return false;
  const scope = require('internal/modules/package_json').findScope(path.dirname(filename));
  if (scope !== null && scope.type !== 'none') return scope.type === 'module';
  const text = modules.readFile(filename);
  if (text == null || !mayBeModule(text)) return false;
  if (!realHost().looksLikeModule(filename, text)) return false;
  realHost().warnTypeless(filename, scope);
  return true;
}

// A cheap look for module syntax (an import/export statement, import.meta, an await at column 0), so that
// only such files pay for a trial compilation as CommonJS.
function mayBeModule(text) {
  return /(?:^|[;}])[ \t]*(?:import\s*[\w{*'"]|export[\s{*])|import\s*\.\s*meta|^await\s/m.test(text);
}

// require() of an ES module (Node 22+): its namespace, when the graph has no pending top-level await.
// GraalJS returns the namespace even while evaluation still awaits, so the module's text ends with a call that
// says it ran to the end (appended as a last line, so line numbers do not move).
function requireEsm(filename, parent) {
  if (parent === undefined) {
    // The CommonJS loader has the Module for `filename` in its cache while loading it; its parent required it.
    const loading = require('internal/modules/cjs/loader').Module._cache[filename];
    parent = loading ? loading.parent : undefined;
  }
  const esmHost = realHost();
  const source = esmHost.load(filename, parent ? parent.filename : undefined);
  if (require('internal/modules/esm/tla').hasTopLevelAwait(source, filename)) {
    throw require('internal/modules/esm/errors').requireAsyncModule(filename, parent && parent.filename);
  }
  const completion = esmHost.expectCompletion();
  const namespace = modules.evalModuleAt(source + `\n;${completion.call}`, filename);
  if (!completion.done()) {
    throw require('internal/modules/esm/errors').requireAsyncModule(filename, parent && parent.filename);
  }
  // Node 23+: an ES module can choose what require() returns with an export named 'module.exports'.
  if ('module.exports' in namespace) return namespace['module.exports'];
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  // With a default export Node returns a namespace that also has `__esModule: true`, for tools that compiled
  // ES modules to CommonJS: a module re-exporting this one.
  const url = JSON.stringify(require('internal/modules/esm/file_url').pathToFileUrl(filename));
  return modules.evalModuleAt(`export * from ${url}; export { default } from ${url}; export const __esModule = true;`,
    `/gnode:esm/require/${filename}`);
}

// Imported by its file URL, as Node's loader does (GraalJS names the module's source after the specifier).
function importFile(filename) {
  return import(require('internal/modules/esm/file_url').pathToFileUrl(filename));
}

module.exports = { installHost, isEsmFile, mayBeModule, requireEsm, importFile };
