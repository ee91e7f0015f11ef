'use strict';

// Node's module formats for a file imported as an ES module: by extension (.mjs, .cjs, .json), else (.js and
// extensionless) by the nearest package.json "type", else by detecting module syntax (Node 22+).
const path = require('path');
const packageJson = require('internal/modules/package_json');
const { codes } = require('internal/errors');
const { pathToFileUrl } = require('internal/modules/esm/file_url');

const modules = internalBinding('modules');

// Node's format rules: .mjs, .cjs, .json by extension; .js and extensionless by the package "type" (with
// ES module syntax detection when no type is given).
function formatOf(filename) {
  const base = path.basename(filename);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot) : '';
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '') {
    const scope = packageJson.findScope(path.dirname(filename));
    if (scope !== null && scope.type === 'module') return 'module';
    if (scope !== null && scope.type === 'commonjs') return 'commonjs';
    if (!looksLikeModule(filename)) return 'commonjs';
    warnTypeless(filename, scope);
    return 'module';
  }
  throw new codes.ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

// Node 22+ (--experimental-detect-module on by default): a .js file without "type" whose source only
// compiles as an ES module is one.
function looksLikeModule(filename, text = modules.readFile(filename)) {
  if (text == null || !require('internal/modules/esm/loader').mayBeModule(text)) return false;
  try {
    modules.compileFunction(stripBom(text).replace(/^#!.*/, ''), filename, 'exports, require, module, ' +
      '__filename, __dirname');
    return false;
  } catch (err) {
    return err instanceof SyntaxError;
  }
}

// Node warns once per package.json without "type" under which module syntax had to be detected.
const warnedTypeless = new Set();
function warnTypeless(filename, scope) {
  if (scope === null || warnedTypeless.has(scope.path)) return;
  warnedTypeless.add(scope.path);
  process.emitWarning(`Module type of ${pathToFileUrl(filename)} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${scope.path}.`, { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

function stripBom(text) {
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

module.exports = { formatOf, looksLikeModule, warnTypeless, stripBom };
