'use strict';

// Uncaught exceptions and unhandled rejections: 'uncaughtExceptionMonitor', 'uncaughtException', or Node's
// report on stderr and exit code 1 (7 when a handler itself throws).

let handlingFatal = false;

function inspectValue(value) {
  try {
    return require('util').inspect(value);
  } catch {
    return value instanceof Error && typeof value.stack === 'string' ? value.stack : String(value);
  }
}

// 'file:line:col' of the first stack frame of an error, for errors that were never thrown (rejections).
function originOf(error) {
  if (error === null || typeof error !== 'object' || typeof error.stack !== 'string') return null;
  const match = /\n\s+at (?:.*?\()?(.+?):(\d+):(\d+)\)?(?:\n|$)/.exec(error.stack);
  if (match === null) return null;
  return { file: match[1], line: +match[2], column: +match[3] };
}

function sourceLine(file, line) {
  try {
    const modules = internalBinding('modules');
    let text;
    if (file.startsWith('node:')) text = modules.builtinSource(file.slice(5));
    else text = modules.readFile(file);
    if (text == null) return null;
    const lines = text.split('\n');
    let result = lines[line - 1];
    if (result === undefined) return null;
    if (result.endsWith('\r')) result = result.slice(0, -1);
    return result;
  } catch {
    return null;
  }
}

function report(error, where) {
  const unhandled = require('internal/events/unhandled_error');
  if (unhandled.isUnhandledEmit(error)) {
    // An 'error' event nobody listened to: Node shows emit's throw and where the event was emitted.
    where = unhandled.throwSite() ?? where;
    try {
      error.stack = unhandled.stackWithEmitSite(error);
    } catch {
      // a read-only stack: reported as it is
    }
  }
  const isError = error instanceof Error ||
    (error !== null && typeof error === 'object' && typeof error.stack === 'string');
  let text = '';
  if (where !== null && where.file) {
    const caret = ' '.repeat(Math.max(0, where.column - 1)) + '^';
    text = `${where.file}:${where.line}\n${where.lineText ?? ''}\n${caret}\n`;
  }
  if (isError) {
    text += `\n${inspectValue(error)}\n`;
  } else {
    text = '\n' + text + `${typeof error === 'string' ? error : inspectValue(error)}\n` +
      '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  text += `\nNode.js ${process.version}\n`;
  internalBinding('stdio').writeString(2, text);
}

function exitWith(code) {
  process.exitCode = code;
  require('internal/process/exit').exit(code);
}

// Called by Java when a JS callback threw (with the throw site) and for unhandled rejections.
function fatalException(error, file, line, column, lineText, origin = 'uncaughtException') {
  if (handlingFatal) {
    report(error, null);
    return exitWith(7);
  }
  const where = file ? { file, line, column, lineText } : null;
  // A handler that throws propagates to Java, which reports it with its throw site (fatalHandlerFailed).
  try {
    handlingFatal = true;
    process.emit('uncaughtExceptionMonitor', error, origin);
    if (captureCallback !== null) {
      captureCallback(error);
      return;
    }
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', error, origin);
      return;
    }
  } finally {
    handlingFatal = false;
  }
  report(error, where);
  exitWith(1);
}

// An 'uncaughtException' handler threw: report that error; exit 7 without the 'exit' event.
function fatalHandlerFailed(error, file, line, column, lineText) {
  report(error, file ? { file, line, column, lineText } : null);
  require('internal/process/exit').reallyExit(7);
}

function fatalRejection(reason) {
  let where = null;
  const origin = originOf(reason);
  if (origin !== null) {
    where = { ...origin, lineText: sourceLine(origin.file, origin.line) };
  }
  if (!(reason instanceof Error)) {
    const { UnhandledPromiseRejection } = require('internal/errors');
    const text = (() => { try { return require('util').inspect(reason); } catch { return String(reason); } })();
    reason = new UnhandledPromiseRejection(text);
    where = null;
  }
  fatalException(reason, where?.file, where?.line, where?.column, where?.lineText, 'unhandledRejection');
}

let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  const { codes } = require('internal/errors');
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

// Unhandled rejections, by --unhandled-rejections mode (default 'throw').
function processRejections(list) {
  const mode = internalBinding('process').flag('unhandled-rejections') ?? 'throw';
  for (const { reason, promise } of list) {
    if (mode === 'none') {
      process.emit('unhandledRejection', reason, promise);
      continue;
    }
    if (mode === 'strict') {
      fatalRejection(reason);
      process.emit('unhandledRejection', reason, promise);
      continue;
    }
    const handled = process.emit('unhandledRejection', reason, promise);
    if (handled) continue;
    if (mode === 'warn' || mode === 'warn-with-error-code') {
      const text = reason instanceof Error ? reason.stack : inspectValue(reason);
      process.emitWarning(text, 'UnhandledPromiseRejectionWarning');
      if (mode === 'warn-with-error-code') process.exitCode = 1;
      continue;
    }
    fatalRejection(reason);
  }
}

module.exports = {
  fatalException, fatalHandlerFailed, processRejections, setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback, report,
};
