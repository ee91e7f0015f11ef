'use strict';

// The names a CommonJS module exports to `import { x } from './m.cjs'`, found without running it, the way
// Node's cjs-module-lexer does it for the common shapes (a lighter, pattern-based reading of the source):
//   exports.x = / module.exports.x = / exports['x'] =
//   Object.defineProperty(exports, 'x', ...) / Object.defineProperty(module.exports, 'x', ...)
//   module.exports = { a, b: ..., 'c': ..., ...require('./other') }
//   module.exports = require('./other')   (re-export: the other module's names)
//   __exportStar(require('./other'), exports) / __export(require('./other'))   (TypeScript's re-exports)
// Names that only appear at run time (computed keys, loops) are not found, as in Node.

const IDENT = '[A-Za-z_$][\\w$]*';
const ASSIGN = new RegExp(`(?:^|[^.\\w$])(?:module\\s*\\.\\s*)?exports\\s*(?:\\.\\s*(${IDENT})|\\[\\s*(['"])([^'"\\n]+)\\2\\s*\\])\\s*=[^=]`, 'g');
const DEFINE = /Object\s*\.\s*defineProperty\s*\(\s*(?:module\s*\.\s*)?exports\s*,\s*(['"])([^'"\n]+)\1/g;
const OBJECT = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*\{/g;
const REEXPORT = /(?:^|[^.\w$])module\s*\.\s*exports\s*=\s*require\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;
const EXPORT_STAR = /__export(?:Star)?\s*\(\s*require\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;
const SPREAD_REQUIRE = /^\.\.\.\s*require\s*\(\s*(['"])([^'"\n]+)\1\s*\)$/;

// Removes comments (strings are kept: names can be quoted) so commented-out code exports nothing.
function stripComments(source) {
  return source.replace(/\/\*[\s\S]*?\*\/|([^\\:'"`]|^)\/\/.*$/gm, (m, before) => before ?? '');
}

// { names: Set, reexports: [specifier] }
function lex(source) {
  const text = stripComments(source);
  const names = new Set();
  const reexports = [];
  let m;
  ASSIGN.lastIndex = 0;
  while ((m = ASSIGN.exec(text)) !== null) names.add(m[1] ?? m[3]);
  DEFINE.lastIndex = 0;
  while ((m = DEFINE.exec(text)) !== null) names.add(m[2]);
  REEXPORT.lastIndex = 0;
  while ((m = REEXPORT.exec(text)) !== null) reexports.push(m[2]);
  EXPORT_STAR.lastIndex = 0;
  while ((m = EXPORT_STAR.exec(text)) !== null) reexports.push(m[2]);
  OBJECT.lastIndex = 0;
  while ((m = OBJECT.exec(text)) !== null) readObjectLiteral(text, OBJECT.lastIndex, names, reexports);
  return { names, reexports };
}

// Reads `a, b: x, 'c': y, ...require('d')` up to the closing brace, stopping at anything more complex (as the
// lexer does) since a nested value cannot be skipped reliably without parsing.
function readObjectLiteral(text, start, names, reexports) {
  const end = text.indexOf('}', start);
  if (end === -1) return;
  for (let entry of text.slice(start, end).split(',')) {
    entry = entry.trim();
    if (entry === '') continue;
    const spread = SPREAD_REQUIRE.exec(entry);
    if (spread !== null) {
      reexports.push(spread[2]);
      continue;
    }
    const key = new RegExp(`^(?:(${IDENT})|(['"])([^'"]+)\\2)\\s*(?::\\s*[\\w$.]+)?$`).exec(entry);
    if (key === null) return;
    names.add(key[1] ?? key[3]);
  }
}

module.exports = { lex };
