'use strict';

// node:path: POSIX paths from the path-browserify WebJar (Node's own posix algorithms) behind Node's argument
// validation, plus what newer Node added (format's ext without dot, toNamespacedPath, matchesGlob) and path.win32.
const vendor = require('vendor:path-browserify/index.js');

// Every process loads path at start-up: internal/validators (and with it internal/errors) load only when an
// argument needs more than a typeof check.
function validateString(value, name) {
  if (typeof value !== 'string') require('internal/validators').validateString(value, name);
}

function validateObject(value, name) {
  require('internal/validators').validateObject(value, name);
}

// A glob pattern as a RegExp: `*` and `?` stay inside one segment, `**` spans segments, `[...]` and `{a,b}` as
// in minimatch.
function globToRegExp(pattern, sep) {
  const s = sep === '/' ? '/' : '\\\\/';
  const notSep = `[^${s}]`;
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/' || (sep !== '/' && pattern[i + 1] === '\\')) {
          i++;
          out += `(?:${notSep}*[${s}])*`;
        } else {
          out += '.*';
        }
      } else {
        out += `${notSep}*`;
      }
    } else if (c === '?') {
      out += notSep;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
      } else {
        let body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body[0] === '!') body = `^${body.slice(1)}`;
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) {
      out += '|';
    } else if (c === '/' || (sep !== '/' && c === '\\')) {
      out += `[${s}]`;
    } else {
      out += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const ext = pathObject.ext ? (pathObject.ext[0] === '.' ? pathObject.ext : `.${pathObject.ext}`) : '';
  const base = pathObject.base || `${pathObject.name || ''}${ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

const posix = {
  sep: '/',
  delimiter: ':',
  resolve(...args) {
    for (let i = 0; i < args.length; i++) validateString(args[i], `paths[${i}]`);
    return vendor.resolve(...args);
  },
  normalize(path) {
    validateString(path, 'path');
    return vendor.normalize(path);
  },
  isAbsolute(path) {
    validateString(path, 'path');
    return vendor.isAbsolute(path);
  },
  join(...args) {
    for (const arg of args) validateString(arg, 'path');
    return vendor.join(...args);
  },
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    return vendor.relative(from, to);
  },
  toNamespacedPath(path) {
    return path;
  },
  dirname(path) {
    validateString(path, 'path');
    return vendor.dirname(path);
  },
  basename(path, suffix = undefined) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return vendor.basename(path, suffix);
  },
  extname(path) {
    validateString(path, 'path');
    return vendor.extname(path);
  },
  format(pathObject) {
    return formatPath('/', pathObject);
  },
  parse(path) {
    validateString(path, 'path');
    return vendor.parse(path);
  },
  matchesGlob(path, pattern) {
    validateString(path, 'path');
    validateString(pattern, 'pattern');
    return globToRegExp(pattern, '/').test(path);
  },
  _makeLong(path) {
    return path;
  },
};

posix.posix = posix;
Object.defineProperty(posix, 'win32', {
  enumerable: true,
  configurable: true,
  get() {
    const win32 = require('path/win32');
    Object.defineProperty(posix, 'win32', { value: win32, enumerable: true, configurable: true, writable: true });
    return win32;
  },
});

posix._formatPath = formatPath;
posix._globToRegExp = globToRegExp;
module.exports = posix;
