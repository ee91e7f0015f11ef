'use strict';

// Running an ES module as the program's entry (`gnode x.mjs`, a .js file in a "type": "module" package,
// `--input-type=module -e`): its evaluation is a promise. While it is pending the process lives on its loop;
// a rejection is an uncaught exception (origin 'unhandledRejection', as in Node); if the loop empties first,
// Node's rule for an unsettled top-level await applies: exit code 13 and a warning naming the await.
// Loaded for every file entry point, so it only requires what a CommonJS program loads anyway.
const path = require('path');

function fileUrl(filename) {
  return require('internal/modules/esm/file_url').pathToFileUrl(filename);
}

const modules = internalBinding('modules');

// The entry file is found the way Node finds it (CommonJS resolution: a missing file is MODULE_NOT_FOUND);
// an ES module by Node's format rules runs here, anything else through the CommonJS loader.
function runEntry(main) {
  const { Module } = require('internal/modules/cjs/loader');
  const filename = Module._resolveFilename(main, null, true);
  const { isEsmFile, importFile } = require('internal/modules/esm/loader');
  if (!isEsmFile(filename)) {
    Module._load(main, null, true);
    return;
  }
  require('internal/modules/esm/host').setMain(filename);
  watch(() => importFile(filename), filename);
}

// `--input-type=module`: the code stands for `<cwd>/[eval1]`, which import.meta.url and import() resolve from.
function evalMain(code) {
  const filename = path.join(process.cwd(), '[eval1]');
  require('internal/modules/esm/host').defineSource(filename, code);
  const { importFile } = require('internal/modules/esm/loader');
  watch(() => importFile(filename), filename, code);
}

function watch(start, filename, code) {
  let settled = false;
  let setExitCode = false;
  const onBeforeExit = () => {
    // The loop emptied while the module still awaits: unless something revives the loop, this is Node's
    // exit 13. Set now, so that the 'exit' event already carries it; undone if the module settles after all.
    if (!settled && process.exitCode === undefined) {
      process.exitCode = 13;
      setExitCode = true;
    }
  };
  const onExit = () => {
    if (!settled && setExitCode && process.exitCode === 13 &&
        internalBinding('process').flag('no-warnings') !== true) {
      process.stderr.write(unsettledWarning(filename, code));
    }
  };
  const done = () => {
    settled = true;
    process.off('beforeExit', onBeforeExit);
    process.off('exit', onExit);
    if (setExitCode && process.exitCode === 13) process.exitCode = undefined;
  };
  process.on('beforeExit', onBeforeExit);
  process.on('exit', onExit);
  let evaluation;
  try {
    // Only a resolution error of this graph may stand in for its link error (see reportMainError).
    require('internal/modules/esm/host').takeLastError();
    evaluation = start();
  } catch (err) {
    done();
    throw err;
  }
  Promise.resolve(evaluation).then(done, (err) => {
    done();
    reportMainError(err);
  });
}

// Node prints the top-level await it stopped at; GraalJS does not say which one, so the first `await` on a
// line that starts at column 0 (the usual top-level statement) is named, else the first await.
function unsettledWarning(filename, code) {
  const text = code ?? modules.readFile(filename) ?? '';
  const lines = text.split('\n');
  let index = lines.findIndex((line) => /^(?:(?:const|let|var)\s[^=]*=\s*)?await\b/.test(line));
  if (index === -1) index = lines.findIndex((line) => /\bawait\b/.test(line));
  if (index === -1) return `Warning: Detected unsettled top-level await at ${fileUrl(filename)}\n\n`;
  const line = lines[index].replace(/\r$/, '');
  const column = Math.max(0, line.search(/\bawait\b/));
  return `Warning: Detected unsettled top-level await at ${fileUrl(filename)}:${index + 1}\n` +
    `${line}\n${' '.repeat(column)}^\n\n\n`;
}

function reportMainError(err) {
  if (err instanceof SyntaxError && /does not provide an export named/.test(err.message)) {
    const cause = require('internal/modules/esm/host').takeLastError();
    if (cause !== undefined) err = cause;
  }
  const where = throwSite(err);
  const fatal = require('internal/process/fatal');
  fatal.fatalException(err, where?.file, where?.line, where?.column, where?.lineText, 'unhandledRejection');
}

// Where an error was thrown, from its stack's first frame: a file URL, or a path.
function throwSite(err) {
  if (err === null || typeof err !== 'object' || typeof err.stack !== 'string') return null;
  const match = /\n\s+at (?:.*?\()?(.+?):(\d+):(\d+)\)?(?:\n|$)/.exec(err.stack);
  if (match === null) return null;
  let file = match[1];
  let filename = file;
  if (file.startsWith('file:')) filename = require('internal/modules/esm/file_url').fileUrlToPath(file);
  else if (file.startsWith('/')) file = fileUrl(file);
  else if (!file.startsWith('node:')) return null;
  const text = file.startsWith('node:') ? modules.builtinSource(file.slice(5)) : modules.readFile(filename);
  if (text == null) return null;
  const line = +match[2];
  const lineText = text.split('\n')[line - 1];
  if (lineText === undefined) return null;
  let column = +match[3];
  if (line === 1 && !file.startsWith('node:')) {
    column = Math.max(1, column - require('internal/modules/esm/facades').prefixLength(filename));
  }
  return { file, line, column, lineText: lineText.replace(/\r$/, '') };
}

// `--import x`: ES modules loaded, one after the other, before the entry point runs; a failure is fatal.
function preloadImports(specifiers, then) {
  const { importFile } = require('internal/modules/esm/loader');
  const { resolve } = require('internal/modules/esm/resolve');
  const parent = process.cwd() + '/';
  let chain = Promise.resolve();
  for (const specifier of specifiers) {
    chain = chain.then(() => {
      const resolved = resolve(specifier, parent);
      return resolved.builtin !== undefined ? import('node:' + resolved.builtin) : importFile(resolved.path);
    });
  }
  chain.then(then, reportMainError);
}

module.exports = { runEntry, evalMain, preloadImports };
