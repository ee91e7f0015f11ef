'use strict';

// The message of a failed `assert.ok(value)` without a message: Node quotes the call's source,
// "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n". We find the call site in the
// stack (file:line:col), read that file with fs and cut the call expression out by bracket
// matching (Node uses a JS parser; this covers ordinary calls). Returns undefined when the source
// cannot be read (eval code, REPL, no fs), and the caller then uses Node's `value == true` fallback.

const cache = new Map();

const identChar = /[A-Za-z0-9_$\u00a0-\uffff]/;

// The frame of whoever called `fn` (the assert function): the first frame below it.
function callSite(fn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 1;
    if (typeof Error.captureStackTrace !== 'function') return undefined;
    Error.captureStackTrace(holder, fn);
  } finally {
    Error.stackTraceLimit = limit;
  }
  const line = String(holder.stack || '').split('\n')[1];
  if (line === undefined) return undefined;
  const m = /\(?((?:file:\/\/)?[^()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
  if (m === null) return undefined;
  let file = m[1].replace(/^\s*at\s+/, '');
  if (file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
  return { file, line: Number(m[2]), column: Number(m[3]) - 1 };
}

// Scans from `start` (an opening parenthesis) to its match; skips strings and comments.
function matchParen(code, start) {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      for (i++; i < code.length && code[i] !== ch; i++) if (code[i] === '\\') i++;
    } else if (ch === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (ch === '/' && code[i + 1] === '*') {
      const endComment = code.indexOf('*/', i + 2);
      if (endComment === -1) return -1;
      i = endComment + 1;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function extractCall(code, offset) {
  // Back up over the callee chain (`assert.ok`, `assert.strict.ok`, `assert`).
  let start = offset;
  while (start > 0 && (identChar.test(code[start - 1]) || code[start - 1] === '.' ||
         (code[start - 1] === '?' && code[start] === '.'))) {
    start--;
  }
  const open = code.indexOf('(', offset);
  if (open === -1) return undefined;
  const close = matchParen(code, open);
  if (close === -1) return undefined;
  return { start, text: code.slice(start, close + 1) };
}

function readSource(file) {
  let fs;
  try {
    fs = require('fs');
  } catch {
    return undefined;
  }
  if (!fs || typeof fs.readFileSync !== 'function') return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function getErrMessage(fn) {
  const site = callSite(fn);
  if (site === undefined) return undefined;
  const key = `${site.file}:${site.line}:${site.column}`;
  if (cache.has(key)) return cache.get(key);
  let message;
  const source = site.file.startsWith('node:') || site.file.startsWith('gnode:') ? undefined : readSource(site.file);
  if (source !== undefined) {
    const lines = source.split('\n');
    if (site.line - 1 < lines.length) {
      let lineStart = 0;
      for (let i = 0; i < site.line - 1; i++) lineStart += lines[i].length + 1;
      // Only a bounded window of source after the call site is searched.
      const code = source.slice(lineStart, lineStart + 16384);
      const found = extractCall(code, site.column);
      if (found !== undefined) message = normalize(found.text, found.start);
    }
  }
  if (message !== undefined) message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
  cache.set(key, message);
  return message;
}

// Continuation lines lose the indentation up to the call's column, then get two spaces.
function normalize(text, column) {
  text = text.replace(/\r\n/g, '\n');
  if (!text.includes('\n')) return text;
  const frames = text.split('\n');
  let out = frames.shift();
  for (const frame of frames) {
    let pos = 0;
    while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
    out += `\n  ${frame.slice(pos)}`;
  }
  return out;
}

module.exports = { getErrMessage };
