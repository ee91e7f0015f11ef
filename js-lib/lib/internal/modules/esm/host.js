'use strict';

// What GraalJS's module loading asks gnode (through gnode.runtime.ModuleFileSystem): where a bare specifier
// leads, and which text to parse for a module path. Node's formats decide the text:
//   ES module  → the file, with import.meta.dirname/filename/resolve set on its first line when it uses them
//   CommonJS   → a facade: default = module.exports, named exports from a static reading of the source
//   built-in   → a facade over the built-in's exports object
//   JSON       → the file (GraalJS parses JSON modules itself)
//   an error   → a module whose evaluation throws the error Node gives (resolution failed, unknown format)
const path = require('path');
const { resolve, fileUrl } = require('internal/modules/esm/resolve');
const { codes } = require('internal/errors');
const formats = require('internal/modules/esm/formats');
const facades = require('internal/modules/esm/facades');
const esmErrors = require('internal/modules/esm/errors');

const modules = internalBinding('modules');
// Paths served without a file behind them (gnode.runtime.EsmPaths.VIRTUAL_ROOT).
const VIRTUAL_ROOT = '/gnode:esm/';
const HOST_KEY = Symbol.for('gnode.esm.host');

const errors = new Map();
let nextErrorId = 0;
let lastError;

function errorPath(err, names = new Set()) {
  const id = nextErrorId++;
  errors.set(id, { err, names });
  lastError = err;
  return `${VIRTUAL_ROOT}error/${id}`;
}

// The resolution error behind a link failure ("does not provide an export named"), if one happened.
function takeLastError() {
  const err = lastError;
  lastError = undefined;
  return err;
}

// ---- file system side (called from Java) ---------------------------------------------------------------

// A failed resolution cannot be thrown from the file system (GraalJS would hand JS a Java exception), so it
// resolves to a module that throws the error when evaluated. It exports the names the importing module asks
// for, so that linking succeeds and the error is the one seen; if linking still fails, the error is remembered
// so that the entry point reports it instead of the link error.
function resolveForLoader(specifier, referrer) {
  try {
    const resolved = resolve(specifier, referrer || path.join(process.cwd(), '[eval]'));
    if (resolved.builtin !== undefined) return `${VIRTUAL_ROOT}builtin/${resolved.builtin}`;
    return resolved.path;
  } catch (err) {
    return errorPath(err, importedNames(referrer, (written) => written === specifier));
  }
}

// The names `referrer` imports from the specifiers `wanted` accepts (import { a, b as c } from, export { d }
// from), read from its text.
function importedNames(referrer, wanted) {
  const names = new Set();
  const text = referrer ? (virtualFiles.get(referrer) ?? modules.readFile(referrer)) : null;
  if (text == null) return names;
  const clause = /(?:import|export)\s*([^;'"]*?)\s*from\s*(['"])([^'"\n]+)\2/g;
  let m;
  while ((m = clause.exec(text)) !== null) {
    const braces = /\{([^}]*)\}/.exec(m[1]);
    if (braces === null || !wanted(m[3])) continue;
    for (const item of braces[1].split(',')) {
      const name = item.trim().split(/\s+as\s+/)[0].replace(/^(['"])(.*)\1$/, '$2');
      if (name !== '' && name !== 'default' && name !== 'type') names.add(name);
    }
  }
  return names;
}

// The MIME type GraalJS parses `filename` as: JSON for a JSON file imported with `with { type: 'json' }`,
// else JavaScript (gnode generates JavaScript for everything else, errors included).
function mimeType(filename, referrer) {
  const json = filename.endsWith('.json') && !virtualFiles.has(filename) && modules.stat(filename) === 0 &&
    !jsonAttributeMissing(filename, referrer);
  return json ? 'application/json' : 'application/javascript+module';
}

// Node requires `with { type: 'json' }` on a JSON import. GraalJS does not tell the file system the attributes,
// so the importing module's text is read: only an import of this file found without any attributes (static
// `from './x.json'` with nothing after it, or `import('./x.json')`) counts as missing.
function jsonAttributeMissing(filename, referrer) {
  const text = referrer ? (virtualFiles.get(referrer) ?? modules.readFile(referrer)) : null;
  if (text == null) return false;
  const names = specifierMatcher(filename, referrer);
  const forms = /(?:\bfrom\s*|\bimport\s*\(\s*)(['"])([^'"\n]+)\1\s*([,)]|with\b|assert\b)?/g;
  let found = false;
  let m;
  while ((m = forms.exec(text)) !== null) {
    if (!names(m[2])) continue;
    if (m[3] !== undefined && m[3] !== ')') return false;
    found = true;
  }
  return found;
}

function load(filename, referrer) {
  try {
    if (filename.startsWith(VIRTUAL_ROOT)) return loadVirtual(filename.slice(VIRTUAL_ROOT.length));
    return loadFile(filename, referrer);
  } catch (err) {
    return throwingModule(errorPath(err, importedNames(referrer, specifierMatcher(filename, referrer))));
  }
}

// Which written specifiers in `referrer` lead to `filename` (a file, or a virtual built-in path).
function specifierMatcher(filename, referrer) {
  if (filename.startsWith(`${VIRTUAL_ROOT}builtin/`)) {
    const name = filename.slice(VIRTUAL_ROOT.length + 'builtin/'.length);
    return (written) => written === name || written === 'node:' + name;
  }
  const dir = referrer ? path.dirname(referrer) : process.cwd();
  return (written) => written === filename || (/^\.{0,2}\//.test(written) && path.resolve(dir, written) === filename);
}

function loadVirtual(rest) {
  if (rest.startsWith('error/')) return throwingModule(VIRTUAL_ROOT + rest);
  const name = rest.slice('builtin/'.length);
  return facades.builtinFacade(name, require('internal/modules/builtins').loadPublicBuiltin('node:' + name));
}

function throwingModule(errorFile) {
  const id = +errorFile.slice(errorFile.lastIndexOf('/') + 1);
  const entry = errors.get(id);
  return facades.throwingModule(id, entry ? entry.names : []);
}

// Module text that has no file (`--input-type=module -e`), by the path it stands for.
const virtualFiles = new Map();
let mainFile;

function loadFile(requested, referrer) {
  const given = virtualFiles.get(requested);
  if (given !== undefined) return facades.withImportMeta(given, requested, false);
  // A query or fragment ('./x.mjs?v=2') names a separate instance of the same file, as in Node.
  const filename = requested.replace(/[?#].*$/, '');
  const kind = modules.stat(filename);
  if (kind === 1) throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(filename, referrer, fileUrl(filename));
  if (kind !== 0) throw new codes.ERR_MODULE_NOT_FOUND(filename, referrer, fileUrl(filename));
  const format = formats.formatOf(filename);
  if (format === 'commonjs') return facades.commonjsFacade(filename);
  if (format === 'json' && jsonAttributeMissing(filename, referrer)) {
    throw esmErrors.importAttributeMissing(fileUrl(filename), 'type', 'json');
  }
  const text = formats.stripBom(modules.readFile(filename) ?? '');
  if (format === 'json') return text;
  return facades.withImportMeta(text, filename, filename === mainFile);
}

// ---- facades ---------------------------------------------------------------------------------------------

// ---- what generated modules call (globalThis[Symbol.for('gnode.esm.host')]) ---------------------------

const completed = new Set();
let nextCompletionId = 0;

// For require(esm): a statement to append to a module, and whether it has run.
function expectCompletion() {
  const id = nextCompletionId++;
  return {
    call: `${facades.HOST_EXPR}.completed(${id});`,
    done: () => completed.delete(id),
  };
}

const facadeApi = Object.freeze({
  completed(id) {
    completed.add(id);
  },
  builtin(name) {
    return require('internal/modules/builtins').loadPublicBuiltin('node:' + name);
  },
  cjs(filename) {
    const { Module } = require('internal/modules/cjs/loader');
    return Module._load(filename, null, false);
  },
  error(id) {
    return errors.get(+id).err;
  },
  metaResolve(filename) {
    return function resolve(specifier) {
      const { validateString } = require('internal/validators');
      validateString(specifier, 'specifier');
      const resolved = require('internal/modules/esm/resolve').resolve(specifier, filename, false);
      return resolved.builtin !== undefined ? 'node:' + resolved.builtin : fileUrl(resolved.path);
    };
  },
});

Object.defineProperty(globalThis, HOST_KEY, { value: facadeApi, enumerable: false, writable: false,
  configurable: false });

module.exports = {
  resolve: resolveForLoader, load, mimeType, takeLastError, expectCompletion,
  looksLikeModule: formats.looksLikeModule,
  warnTypeless: formats.warnTypeless,
  defineSource: (filename, text) => virtualFiles.set(filename, text),
  setMain: (filename) => { mainFile = filename; },
};
