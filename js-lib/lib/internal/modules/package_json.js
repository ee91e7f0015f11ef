'use strict';

// Reading package.json files (cached) and Node's package "exports"/"imports" resolution.

const modules = internalBinding('modules');
const cache = new Map();

// The parsed package.json at `path`, or null when there is none. A broken one throws ERR_INVALID_PACKAGE_CONFIG.
function read(path) {
  if (cache.has(path)) return cache.get(path);
  const text = modules.readFile(path);
  let result = null;
  if (text != null) {
    try {
      const json = JSON.parse(text);
      result = {
        path,
        name: typeof json.name === 'string' ? json.name : undefined,
        main: typeof json.main === 'string' ? json.main : undefined,
        type: json.type === 'module' || json.type === 'commonjs' ? json.type : 'none',
        exports: json.exports,
        imports: json.imports,
      };
    } catch (err) {
      const { codes } = require('internal/errors');
      const e = new codes.ERR_INVALID_PACKAGE_CONFIG(path, undefined, err.message);
      throw e;
    }
  }
  cache.set(path, result);
  return result;
}

// The nearest package.json at or above `dir` (not crossing node_modules), or null.
function findScope(dir) {
  let current = dir;
  for (;;) {
    if (current.endsWith('/node_modules')) return null;
    const pkg = read((current === '/' ? '' : current) + '/package.json');
    if (pkg !== null) return pkg;
    if (current === '/') return null;
    const slash = current.lastIndexOf('/');
    current = slash <= 0 ? '/' : current.slice(0, slash);
  }
}

function isConditionalSugar(exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  const keys = Object.keys(exports);
  return keys.length > 0 && keys.every((k) => !k.startsWith('.'));
}

// Resolves `subpath` ('.' or './x') through a package's "exports"; returns an absolute path, or throws.
function resolveExports(pkgDir, subpath, exports, conditions, base) {
  if (isConditionalSugar(exports)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*')) {
    const resolved = resolveTarget(pkgDir, exports[subpath], '', false, conditions);
    if (resolved != null) return resolved;
    throw notExported(pkgDir, subpath, base);
  }
  let bestKey = '';
  let bestMatch = '';
  for (const key of Object.keys(exports)) {
    const star = key.indexOf('*');
    if (star === -1) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath !== prefix && subpath.length >= key.length &&
        subpath.endsWith(suffix) && patternKeyCompare(bestKey, key) === 1) {
      bestKey = key;
      bestMatch = subpath.slice(prefix.length, subpath.length - suffix.length);
    }
  }
  if (bestKey) {
    const resolved = resolveTarget(pkgDir, exports[bestKey], bestMatch, true, conditions);
    if (resolved != null) return resolved;
  }
  throw notExported(pkgDir, subpath, base);
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase > bBase) return -1;
  if (bBase > aBase) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function resolveTarget(pkgDir, target, match, isPattern, conditions) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) return null;
    const replaced = isPattern ? target.replace(/\*/g, match) : target + match;
    return pkgDir + replaced.slice(1);
  }
  if (Array.isArray(target)) {
    for (const item of target) {
      const resolved = resolveTarget(pkgDir, item, match, isPattern, conditions);
      if (resolved != null) return resolved;
    }
    return null;
  }
  if (target !== null && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.includes(key)) {
        const resolved = resolveTarget(pkgDir, target[key], match, isPattern, conditions);
        if (resolved !== undefined && resolved !== null) return resolved;
      }
    }
    return undefined;
  }
  return null;
}

function notExported(pkgDir, subpath, base) {
  const { codes } = require('internal/errors');
  return new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', subpath, base);
}

// "#x" specifiers through the nearest package.json's "imports".
function resolveImports(specifier, parentDir, conditions, base) {
  const pkg = findScope(parentDir);
  if (pkg !== null && pkg.imports && typeof pkg.imports === 'object') {
    const pkgDir = pkg.path.slice(0, -'/package.json'.length);
    const imports = pkg.imports;
    if (Object.prototype.hasOwnProperty.call(imports, specifier) && !specifier.includes('*')) {
      const resolved = resolveImportTarget(pkgDir, imports[specifier], '', false, conditions);
      if (resolved != null) return resolved;
    }
    for (const key of Object.keys(imports)) {
      const star = key.indexOf('*');
      if (star === -1) continue;
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= key.length) {
        const match = specifier.slice(prefix.length, specifier.length - suffix.length);
        const resolved = resolveImportTarget(pkgDir, imports[key], match, true, conditions);
        if (resolved != null) return resolved;
      }
    }
  }
  const { codes } = require('internal/errors');
  throw new codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, pkg && pkg.path, base);
}

function resolveImportTarget(pkgDir, target, match, isPattern, conditions) {
  if (typeof target === 'string' && !target.startsWith('./') && !target.startsWith('../') &&
      !target.startsWith('/')) {
    return { bare: isPattern ? target.replace(/\*/g, match) : target + match };
  }
  return resolveTarget(pkgDir, target, match, isPattern, conditions);
}

module.exports = { read, findScope, resolveExports, resolveImports };
