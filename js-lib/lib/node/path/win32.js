'use strict';

// node:path/win32: Windows path rules (drive letters, UNC roots, both separators) on top of the same segment
// logic as POSIX. Covers the common cases; Windows device namespaces (\\?\, \\.\) are kept as plain UNC roots.
const posix = require('path');
const { validateString } = require('internal/validators');

const isSep = (c) => c === '\\' || c === '/';

// Splits a path into its root ('C:\\', 'C:', '\\\\server\\share\\', '\\' or '') and the rest.
function splitRoot(path) {
  if (path.length >= 2 && isSep(path[0]) && isSep(path[1])) {
    const m = /^[\\/]{2}([^\\/]+)[\\/]+([^\\/]+)([\\/]?)/.exec(path);
    if (m) {
      return { root: `\\\\${m[1]}\\${m[2]}\\`, device: `\\\\${m[1]}\\${m[2]}`, absolute: true,
        rest: path.slice(m[0].length), rootLength: m[0].length };
    }
  }
  const drive = /^[a-zA-Z]:/.exec(path);
  if (drive) {
    const absolute = path.length > 2 && isSep(path[2]);
    return {
      root: absolute ? `${drive[0]}\\` : drive[0], device: drive[0], absolute, rest: path.slice(absolute ? 3 : 2),
      rootLength: absolute ? 3 : 2,
    };
  }
  if (path.length > 0 && isSep(path[0])) return { root: '\\', device: '', absolute: true, rest: path.slice(1), rootLength: 1 };
  return { root: '', device: '', absolute: false, rest: path, rootLength: 0 };
}

function normalizeSegments(rest, absolute) {
  const out = [];
  for (const part of rest.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else {
      out.push(part);
    }
  }
  return out;
}

const win32 = {
  sep: '\\',
  delimiter: ';',
  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const { root, absolute, rest } = splitRoot(path);
    let tail = normalizeSegments(rest, absolute).join('\\');
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isSep(path[path.length - 1])) tail += '\\';
    return root + tail;
  },
  isAbsolute(path) {
    validateString(path, 'path');
    return splitRoot(path).absolute;
  },
  join(...args) {
    for (const arg of args) validateString(arg, 'path');
    const joined = args.filter((a) => a.length > 0).join('\\');
    return joined.length === 0 ? '.' : win32.normalize(joined);
  },
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !(absolute && device); i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      if (i >= 0) validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      const r = splitRoot(path);
      if (r.device && device && r.device.toLowerCase() !== device.toLowerCase()) continue;
      if (!device) device = r.device;
      if (!absolute) {
        tail = `${r.rest}\\${tail}`;
        absolute = r.absolute;
      }
    }
    const segments = normalizeSegments(tail, absolute).join('\\');
    return (absolute ? `${device}\\` : device) + segments || '.';
  },
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    const a = win32.resolve(from);
    const b = win32.resolve(to);
    if (a.toLowerCase() === b.toLowerCase()) return '';
    const fromParts = a.split('\\').filter(Boolean);
    const toParts = b.split('\\').filter(Boolean);
    let i = 0;
    while (i < fromParts.length && i < toParts.length &&
      fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
    if (i === 0) return b;
    return [...Array(fromParts.length - i).fill('..'), ...toParts.slice(i)].join('\\');
  },
  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (/^[a-zA-Z]:\\/.test(resolved)) return `\\\\?\\${resolved}`;
    if (resolved.startsWith('\\\\') && resolved[2] !== '?' && resolved[2] !== '.') return `\\\\?\\UNC\\${resolved.slice(2)}`;
    return resolved.length <= 2 ? path : resolved;
  },
  dirname(path) {
    validateString(path, 'path');
    // Node returns the original characters of the path (separators are not normalized).
    const { rest, rootLength } = splitRoot(path);
    const trimmed = rest.replace(/[\\/]+$/, '');
    const cut = Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/'));
    if (cut === -1) return rootLength > 0 ? path.slice(0, rootLength) : '.';
    return path.slice(0, rootLength) + trimmed.slice(0, cut).replace(/[\\/]+$/, '');
  },
  basename(path, suffix = undefined) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const base = posix.basename(splitRoot(path).rest.replace(/\\/g, '/'));
    return suffix !== undefined && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
  },
  extname(path) {
    validateString(path, 'path');
    return posix.extname(splitRoot(path).rest.replace(/\\/g, '/'));
  },
  format(pathObject) {
    return posix._formatPath('\\', pathObject);
  },
  parse(path) {
    validateString(path, 'path');
    const { root, rest } = splitRoot(path);
    const parsed = posix.parse(rest.replace(/\\/g, '/'));
    const hasDir = /[\\/]/.test(rest.replace(/[\\/]+$/, ''));
    return {
      root, dir: hasDir ? win32.dirname(path) : root,
      base: parsed.base, ext: parsed.ext, name: parsed.name,
    };
  },
  matchesGlob(path, pattern) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    return posix._globToRegExp(pattern, '\\').test(path);
  },
  _makeLong(path) {
    return win32.toNamespacedPath(path);
  },
};
win32.win32 = win32;
win32.posix = posix;

module.exports = win32;
