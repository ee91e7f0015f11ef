'use strict';

// Whether an ES module's own text has a top-level await, found before running it (require(esm) must refuse
// such a module without evaluating any of it, as Node does). GraalJS does not say, so its parser is asked
// twice: the module body (its import/export declarations reduced to plain statements) must compile inside an
// async function but not inside a plain one. Nested async functions compile in both; text this reduction
// cannot handle fails both, and then the answer is "no" (the caller still checks after evaluation).

const modules = internalBinding('modules');

const IMPORT_DECL = /^[ \t]*import\s*(?:[\w$*{][^;]*?\s*from\s*)?(['"])[^'"\n]*\1\s*(?:(?:with|assert)\s*\{[^}]*\})?\s*;?/gm;
const EXPORT_FROM = /^[ \t]*export\s*(?:\*[^;]*?|\{[^}]*\}\s*)from\s*(['"])[^'"\n]*\1\s*(?:(?:with|assert)\s*\{[^}]*\})?\s*;?/gm;
const EXPORT_LIST = /^[ \t]*export\s*\{[^}]*\}\s*;?/gm;
const EXPORT_DECL = /^([ \t]*)export\s+(?=(?:const|let|var|function|class|async)\b)/gm;
const EXPORT_DEFAULT = /^([ \t]*)export\s+default\s+/gm;

function asScriptBody(text) {
  return text
    .replace(/^#!.*/, '')
    .replace(IMPORT_DECL, '')
    .replace(EXPORT_FROM, '')
    .replace(EXPORT_LIST, '')
    .replace(EXPORT_DECL, '$1')
    .replace(EXPORT_DEFAULT, '$1void ')
    .replace(/\bimport\s*\.\s*meta\b/g, '({})');
}

function compiles(code, name) {
  try {
    modules.evalScript(code, name);
    return true;
  } catch {
    return false;
  }
}

function hasTopLevelAwait(text, filename) {
  if (!/\bawait\b/.test(text)) return false;
  const body = asScriptBody(text);
  return !compiles(`(function () {${body}\n})`, filename) && compiles(`(async function () {${body}\n})`, filename);
}

module.exports = { hasTopLevelAwait };
