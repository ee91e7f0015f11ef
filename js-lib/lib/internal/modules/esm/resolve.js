'use strict';

// Node's ES module resolution (the ESM_RESOLVE algorithm): relative and absolute paths, file: URLs, node:
// built-ins and bare built-in names, packages through node_modules with "exports", self-reference and
// "#imports". No extension guessing and no directory indexes, unlike require().
const builtins = require('internal/modules/builtins');
const packageJson = require('internal/modules/package_json');
const path = require('path');
const { codes } = require('internal/errors');
const esmErrors = require('internal/modules/esm/errors');

const modules = internalBinding('modules');
// Node's conditions for import, plus the user's (--conditions / -C).
const userConditions = internalBinding('process').flag('conditions');
const CONDITIONS = ['node', 'import', 'module-sync', 'default',
  ...(typeof userConditions === 'string' ? userConditions.split('\u0000').filter(Boolean) : [])];
const SCHEME = /^[a-zA-Z][a-zA-Z\d+\-.]*:/;

const { pathToFileUrl: fileUrl, fileUrlToPath } = require('internal/modules/esm/file_url');

// The built-in a specifier names, or undefined. 'node:x' must name one.
function builtinName(specifier) {
  if (specifier.startsWith('node:')) {
    if (!builtins.isBuiltin(specifier)) throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return specifier.slice(5);
  }
  return builtins.canBeRequiredWithoutScheme(specifier) ? specifier : undefined;
}

// Resolves `specifier` imported from the file `parent` (an absolute path). Returns { builtin: name } or
// { path }. With `mustExist` false (import.meta.resolve) a relative file is not checked.
// A parent ending in '/' is a directory (--import resolves from the working directory).
function resolve(specifier, parent, mustExist = true) {
  const parentDir = parent.endsWith('/') ? parent.slice(0, -1) || '/' : path.dirname(parent);
  if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    const target = path.resolve(parentDir, decodeURIComponentSafe(specifier));
    return { path: mustExist ? finalize(target, parent, specifier.endsWith('/')) : target };
  }
  if (specifier.startsWith('#')) {
    const target = packageJson.resolveImports(specifier, parentDir, CONDITIONS, parent);
    if (target !== null && typeof target === 'object' && target.bare !== undefined) {
      return resolveBare(target.bare, parent);
    }
    return { path: finalize(target, parent, false) };
  }
  if (SCHEME.test(specifier)) {
    const name = builtinName(specifier.startsWith('node:') ? specifier : '');
    if (name !== undefined) return { builtin: name };
    if (specifier.startsWith('file:')) {
      const target = fileUrlToPath(specifier);
      if (target === null) {
        throw new codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid file URL', parent);
      }
      return { path: mustExist ? finalize(target, parent, target.endsWith('/')) : target };
    }
    throw esmErrors.unsupportedScheme(specifier);
  }
  return resolveBare(specifier, parent);
}

function resolveBare(specifier, parent) {
  const name = builtinName(specifier);
  if (name !== undefined) return { builtin: name };
  return { path: packageResolve(specifier, parent) };
}

function decodeURIComponentSafe(text) {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function packageResolve(specifier, parent) {
  let nameEnd = specifier.indexOf('/');
  let valid = true;
  if (specifier.startsWith('@')) {
    if (nameEnd === -1) valid = false;
    else nameEnd = specifier.indexOf('/', nameEnd + 1);
  }
  const name = nameEnd === -1 ? specifier : specifier.slice(0, nameEnd);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%') || name === '') valid = false;
  if (!valid) {
    throw new codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', parent);
  }
  const subpath = '.' + (nameEnd === -1 ? '' : specifier.slice(nameEnd));

  const parentDir = parent.endsWith('/') ? parent.slice(0, -1) || '/' : path.dirname(parent);
  const scope = packageJson.findScope(parentDir);
  if (scope !== null && scope.name === name && scope.exports !== undefined && scope.exports !== null) {
    const scopeDir = path.dirname(scope.path);
    return finalize(packageJson.resolveExports(scopeDir, subpath, scope.exports, CONDITIONS, parent), parent);
  }

  let dir = parentDir;
  for (;;) {
    if (path.basename(dir) !== 'node_modules') {
      const pkgDir = (dir === '/' ? '' : dir) + '/node_modules/' + name;
      if (modules.stat(pkgDir) === 1) {
        const pkg = packageJson.read(pkgDir + '/package.json');
        if (pkg !== null && pkg.exports !== undefined && pkg.exports !== null) {
          return finalize(packageJson.resolveExports(pkgDir, subpath, pkg.exports, CONDITIONS, parent), parent);
        }
        if (subpath === '.') return legacyMainResolve(pkgDir, pkg, parent);
        return finalize(pkgDir + subpath.slice(1), parent, subpath.endsWith('/'));
      }
    }
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  throw new codes.ERR_MODULE_NOT_FOUND(name, parent);
}

// A package without "exports": its "main" with CommonJS-style guesses, then index files.
function legacyMainResolve(pkgDir, pkg, parent) {
  const guesses = [];
  if (pkg !== null && pkg.main) {
    const main = path.resolve(pkgDir, pkg.main);
    guesses.push(main, main + '.js', main + '.json', main + '.node', main + '/index.js', main + '/index.json',
      main + '/index.node');
  }
  guesses.push(pkgDir + '/index.js', pkgDir + '/index.json', pkgDir + '/index.node');
  for (const guess of guesses) {
    if (modules.stat(guess) === 0) return realpath(guess);
  }
  throw new codes.ERR_MODULE_NOT_FOUND(pkgDir + '/', parent);
}

function realpath(filename) {
  if (internalBinding('process').flag('preserve-symlinks') === true) return filename;
  return modules.realpath(filename) || filename;
}

// The resolved file must exist and not be a directory.
function finalize(filename, parent, trailingSlash) {
  const kind = modules.stat(filename);
  if (kind === 1 || (trailingSlash && kind !== -2)) {
    throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(filename, parent, fileUrl(filename));
  }
  if (kind !== 0) throw new codes.ERR_MODULE_NOT_FOUND(filename, parent, fileUrl(filename));
  return realpath(filename);
}

module.exports = { resolve, fileUrl, CONDITIONS };
