'use strict';

// Node's CommonJS loader: Module, require, resolution through node_modules and package.json, the cache.
const { loadBuiltin, builtinExists } = require('internal/bootstrap/realm');
const builtins = require('internal/modules/builtins');
const packageJson = require('internal/modules/package_json');
const path = require('path');

const modules = internalBinding('modules');
const exposeInternals = internalBinding('process').flag('expose-internals') === true;
const CJS_CONDITIONS = ['require', 'node', 'module-sync', 'node-addons'];

const statCache = new Map();
function stat(filename) {
  let result = statCache.get(filename);
  if (result === undefined) {
    result = modules.stat(filename);
    statCache.set(filename, result);
  }
  return result;
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = builtins.builtinModules;
Module.isBuiltin = builtins.isBuiltin;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.Module = Module;

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push((dir === '' ? '' : dir) + '/node_modules');
  }
  paths.push('/node_modules');
  return paths.filter((p, i) => p !== '/node_modules' || i === paths.length - 1 || paths.indexOf(p) === i);
};

Module._resolveLookupPaths = function(request, parent) {
  if (builtins.isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' || (request.length > 1 && request.charAt(1) !== '.' &&
      request.charAt(1) !== '/')) {
    let paths = parent && parent.paths && parent.paths.length ? parent.paths : Module._nodeModulePaths('.');
    return paths.concat(Module.globalPaths);
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  const preserve = internalBinding('process').flag(isMain ? 'preserve-symlinks-main' : 'preserve-symlinks');
  if (preserve === true) return path.resolve(requestPath);
  return modules.realpath(requestPath) || requestPath;
}

function tryExtensions(basePath, exts, isMain) {
  for (const ext of exts) {
    const filename = tryFile(basePath + ext, isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = packageJson.read(path.resolve(requestPath, 'package.json'));
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  let actual = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid ` +
        '"main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
  }
  return actual;
}

// Resolves "pkg/sub" inside one node_modules directory through the package's "exports", if it has them.
function resolveExportsIn(nmPath, request) {
  const match = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (match === null) return undefined;
  const pkgDir = path.resolve(nmPath, match[1]);
  const pkg = packageJson.read(pkgDir + '/package.json');
  if (pkg === null || pkg.exports === undefined || pkg.exports === null) return undefined;
  const resolved = packageJson.resolveExports(pkgDir, '.' + (match[2] || ''), pkg.exports, CJS_CONDITIONS);
  return finalizeExportsMatch(resolved, request);
}

function finalizeExportsMatch(resolved, request) {
  const actual = tryFile(resolved) || tryExtensions(resolved, Object.keys(Module._extensions)) ||
    tryPackage(resolved, Object.keys(Module._extensions), false, request);
  if (actual) return actual;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  throw err;
}

// The nearest package's own name through its "exports" ("self-reference").
function resolveSelf(parentPath, request) {
  const pkg = packageJson.findScope(parentPath);
  if (pkg === null || pkg.exports === undefined || pkg.exports === null || !pkg.name) return false;
  if (request !== pkg.name && !request.startsWith(pkg.name + '/')) return false;
  const pkgDir = path.dirname(pkg.path);
  const resolved = packageJson.resolveExports(pkgDir, '.' + request.slice(pkg.name.length), pkg.exports,
    CJS_CONDITIONS);
  return finalizeExportsMatch(resolved, request);
}

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const exts = Object.keys(Module._extensions);
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') || request === '.' ||
     request === '..');
  for (const curPath of paths) {
    if (curPath && stat(curPath) !== 1) continue;
    if (!absoluteRequest && curPath.endsWith('node_modules')) {
      const exported = resolveExportsIn(curPath, request);
      if (exported) return exported;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = tryFile(basePath, isMain);
      if (!filename) filename = tryExtensions(basePath, exts, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (builtins.isBuiltin(request)) return request;
  if (exposeInternals && request.startsWith('internal/') && builtinExists(request)) return request;
  let paths;
  if (options && Array.isArray(options.paths)) {
    paths = [];
    for (const p of options.paths) {
      const fake = new Module('', null);
      fake.paths = Module._nodeModulePaths(p);
      const lookup = Module._resolveLookupPaths(request, fake);
      for (const q of (request.startsWith('./') || request.startsWith('../') ? [p] : lookup)) {
        if (!paths.includes(q)) paths.push(q);
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  if (request[0] === '#' && parent && parent.filename) {
    const target = packageJson.resolveImports(request, path.dirname(parent.filename), CJS_CONDITIONS,
      parent.filename);
    if (target && target.bare) return Module._resolveFilename(target.bare, parent, isMain);
    return finalizeExportsMatch(target, request);
  }
  if (parent && parent.filename) {
    const self = resolveSelf(path.dirname(parent.filename), request);
    if (self) return self;
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const exports = builtins.loadPublicBuiltin(request);
    if (exports === undefined) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return exports;
  }
  if (parent) {
    const relCached = Module._cache[path.resolve(parent.path || '.', request)];
    if (relCached !== undefined && (request.startsWith('./') || request.startsWith('../')) && relCached.loaded) {
      updateChildren(parent, relCached, true);
    }
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.exports;
  }
  if (builtins.isBuiltin(filename)) return builtins.loadPublicBuiltin(filename);
  if (exposeInternals && filename.startsWith('internal/')) return loadBuiltin(filename);
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    setMain(module);
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

let mainModule;
function setMain(module) {
  mainModule = module;
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    extension = '.mjs';
  }
  const loader = Module._extensions[extension] || loadAsEsmOrJs;
  loader(this, filename);
  this.loaded = true;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.require = function(id) {
  const { validateString } = require('internal/validators');
  validateString(id, 'id');
  if (id === '') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};

function stripShebang(content) {
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) {
    const nl = content.indexOf('\n');
    return '//' + (nl === -1 ? content.slice(2) : content.slice(2));
  }
  return content;
}

Module.prototype._compile = function(content, filename) {
  const fn = modules.compileFunction(stripShebang(content), filename, 'exports, require, module, __filename, __dirname');
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  return fn.call(exports, exports, require, this, filename, dirname);
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  require.resolve = function resolve(request, options) {
    const { validateString } = require_internal('internal/validators');
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  };
  require.resolve.paths = function paths(request) {
    const { validateString } = require_internal('internal/validators');
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  };
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}
const require_internal = require;

function loadAsEsmOrJs(module, filename) {
  Module._extensions['.js'](module, filename);
}

Module._extensions['.js'] = function(module, filename) {
  if (filename.endsWith('.js')) {
    const pkg = packageJson.findScope(path.dirname(filename));
    if (pkg !== null && pkg.type === 'module') {
      module.exports = require('internal/modules/esm/loader').requireEsm(filename);
      return;
    }
  }
  const content = modules.readFile(filename);
  if (content == null) throwReadError(filename);
  module._compile(content, filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = modules.readFile(filename);
  if (content == null) throwReadError(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`gnode cannot load native addon '${filename}': Node-API addons are not supported`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module._extensions['.mjs'] = function(module, filename) {
  module.exports = require('internal/modules/esm/loader').requireEsm(filename);
};

function throwReadError(filename) {
  const err = new Error(`EACCES: permission denied, open '${filename}'`);
  err.code = 'EACCES';
  throw err;
}

Module.createRequire = function createRequire(filename) {
  let filepath = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, ' +
      'or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  Module._load(main, null, true);
};

Module.syncBuiltinESMExports = function() {};
Module.findSourceMap = function() { return undefined; };
Module.register = function() {
  throw builtins.notImplemented('module.register (loader hooks)');
};
Module.enableCompileCache = () => ({ status: 3, message: 'gnode has no compile cache' });
Module.constants = { compileCacheStatus: { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 } };
Module.getCompileCacheDir = () => undefined;

module.exports = { Module, makeRequireFunction };
