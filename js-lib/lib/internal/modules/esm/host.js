'use strict';

// What GraalJS's module loading asks gnode (through gnode.runtime.ModuleFileSystem): where a bare specifier
// leads, and which text to parse for a module path. Node's formats decide the text:
//   ES module  → the file, with import.meta.dirname/filename/resolve set on its first line when it uses them
//   CommonJS   → a facade: default = module.exports, named exports from a static reading of the source
//   built-in   → a facade over the built-in's exports object
//   JSON       → the file (GraalJS parses JSON modules itself)
//   an error   → a module whose evaluation throws the error Node gives (resolution failed, unknown format)
const path = require('path');
const packageJson = require('internal/modules/package_json');
const { resolve, fileUrl } = require('internal/modules/esm/resolve');
const { codes } = require('internal/errors');

const modules = internalBinding('modules');
const VIRTUAL_ROOT = '/gnode:esm/';
const HOST_KEY = Symbol.for('gnode.esm.host');
const HOST_EXPR = `globalThis[Symbol.for('gnode.esm.host')]`;

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
    return errorPath(err, importedNames(referrer, specifier));
  }
}

// The names `referrer` imports from `specifier` (import { a, b as c }, export { d } from), read from its text.
function importedNames(referrer, specifier) {
  const names = new Set();
  const text = referrer ? (virtualFiles.get(referrer) ?? modules.readFile(referrer)) : null;
  if (text == null) return names;
  const quoted = specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const clause = new RegExp(`(?:import|export)\\s*([^;'"]*?)\\s*from\\s*(['"])${quoted}\\2`, 'g');
  let m;
  while ((m = clause.exec(text)) !== null) {
    const braces = /\{([^}]*)\}/.exec(m[1]);
    if (braces === null) continue;
    for (const item of braces[1].split(',')) {
      const name = item.trim().split(/\s+as\s+/)[0].replace(/^(['"])(.*)\1$/, '$2');
      if (name !== '' && name !== 'default' && name !== 'type') names.add(name);
    }
  }
  return names;
}

function load(filename, referrer) {
  try {
    if (filename.startsWith(VIRTUAL_ROOT)) return loadVirtual(filename.slice(VIRTUAL_ROOT.length));
    return loadFile(filename, referrer);
  } catch (err) {
    return throwingModule(errorPath(err));
  }
}

function loadVirtual(rest) {
  if (rest.startsWith('error/')) return throwingModule(VIRTUAL_ROOT + rest);
  const name = rest.slice('builtin/'.length);
  const exports = require('internal/modules/builtins').loadPublicBuiltin('node:' + name);
  return `const m = ${HOST_EXPR}.builtin(${JSON.stringify(name)}); export default m;` +
    namedExports(exportNames(exports));
}

function throwingModule(errorFile) {
  const id = errorFile.slice(errorFile.lastIndexOf('/') + 1);
  const entry = errors.get(+id);
  let exports = 'export default undefined;';
  let i = 0;
  for (const name of entry ? entry.names : []) exports += `let n${i}; export { n${i++} as ${JSON.stringify(name)} };`;
  return `${exports} throw ${HOST_EXPR}.error(${JSON.stringify(id)});`;
}

// Module text that has no file (`--input-type=module -e`), by the path it stands for.
const virtualFiles = new Map();
let mainFile;

function loadFile(requested, referrer) {
  const given = virtualFiles.get(requested);
  if (given !== undefined) return withImportMeta(given, requested);
  // A query or fragment ('./x.mjs?v=2') names a separate instance of the same file, as in Node.
  const filename = requested.replace(/[?#].*$/, '');
  const kind = modules.stat(filename);
  if (kind === 1) throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(filename, referrer, fileUrl(filename));
  if (kind !== 0) throw new codes.ERR_MODULE_NOT_FOUND(filename, referrer, fileUrl(filename));
  const format = formatOf(filename);
  if (format === 'commonjs') return commonjsFacade(filename);
  const text = stripBom(modules.readFile(filename) ?? '');
  if (format === 'json') return text;
  return withImportMeta(text, filename);
}

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
    return looksLikeModule(filename) ? 'module' : 'commonjs';
  }
  throw new codes.ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

// Node 22+ (--experimental-detect-module on by default): a .js file without "type" whose source only
// compiles as an ES module is one.
function looksLikeModule(filename, text = modules.readFile(filename)) {
  if (text == null || !mayBeModule(text)) return false;
  try {
    modules.compileFunction(stripBom(text).replace(/^#!.*/, ''), filename, 'exports, require, module, ' +
      '__filename, __dirname');
    return false;
  } catch (err) {
    return err instanceof SyntaxError;
  }
}

// A cheap look for module syntax (an import/export statement, import.meta, an await at column 0), so that
// only such files pay for a trial compilation.
function mayBeModule(text) {
  return /(?:^|[;}])[ \t]*(?:import\s*[\w{*'"]|export[\s{*])|import\s*\.\s*meta|^await\s/m.test(text);
}

function stripBom(text) {
  return text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text;
}

// GraalJS gives import.meta.url; Node also has dirname, filename and resolve. Set on line 1 so that line
// numbers stay the file's (only when the module mentions import.meta at all).
function withImportMeta(text, filename) {
  if (!text.includes('import.meta')) return text;
  const prefix = `import.meta.dirname=${JSON.stringify(path.dirname(filename))};` +
    `import.meta.filename=${JSON.stringify(filename)};` +
    `import.meta.resolve=${HOST_EXPR}.metaResolve(${JSON.stringify(filename)});` +
    `import.meta.main=${filename === mainFile};`;
  if (text.startsWith('#!')) return prefix + '//' + text.slice(2);
  return prefix + text;
}

// ---- facades ---------------------------------------------------------------------------------------------

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

// ---- what generated modules call (globalThis[Symbol.for('gnode.esm.host')]) ---------------------------

const completed = new Set();
let nextCompletionId = 0;

// For require(esm): a statement to append to a module, and whether it has run.
function expectCompletion() {
  const id = nextCompletionId++;
  return {
    call: `${HOST_EXPR}.completed(${id});`,
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
  resolve: resolveForLoader, load, takeLastError, expectCompletion,
  looksLikeModule,
  mayBeModule,
  defineSource: (filename, text) => virtualFiles.set(filename, text),
  setMain: (filename) => { mainFile = filename; },
};
