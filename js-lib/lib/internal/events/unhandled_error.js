'use strict';

// An Error emitted as 'error' with no listener is thrown by emit(). If nothing catches it, Node's report shows the
// throw in events (not where the error was made) and, below the error's stack, where it was emitted:
// "Emitted 'error' event on ChildProcess instance at:". emit() marks the error; the fatal report asks here.

const kEmitted = Symbol('kEmitted');
// The line of node:node/events that throws; found by its comment, which Node's report shows too.
const kThrowMarker = "throw er; // Unhandled 'error' event";

function markUnhandled(error, emitter, emit) {
  try {
    const emitSite = {};
    Error.captureStackTrace(emitSite, emit);
    let on = '';
    try {
      const name = emitter.constructor.name;
      if (name !== 'EventEmitter') on = ` on ${name} instance`;
    } catch {
      // an odd constructor: no name in the report
    }
    Object.defineProperty(error, kEmitted, { value: { on, stack: emitSite.stack }, configurable: true });
  } catch {
    // a frozen error: reported as it is
  }
}

function isUnhandledEmit(error) {
  return error !== null && typeof error === 'object' && Object.hasOwn(error, kEmitted);
}

// { file, line, column, lineText } of emit's throw statement.
function throwSite() {
  const source = internalBinding('modules').builtinSource('node/events');
  if (source == null) return null;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const at = lines[i].indexOf(kThrowMarker);
    if (at !== -1) return { file: 'node:node/events', line: i + 1, column: at + 1, lineText: lines[i] };
  }
  return null;
}

// The error's stack followed by where it was emitted; a run of more than three frames that both stacks share is
// shortened to its first and last frame around a note, as Node does.
function stackWithEmitSite(error) {
  const { on, stack } = error[kEmitted];
  const errorFrames = String(error.stack).split('\n').slice(1);
  const emitFrames = String(stack).split('\n').slice(1);
  for (let i = 0; i + 3 < emitFrames.length; i++) {
    const j = errorFrames.indexOf(emitFrames[i]);
    if (j === -1 || errorFrames.length - j <= 3) continue;
    let run = 1;
    while (i + run < emitFrames.length && j + run < errorFrames.length && emitFrames[i + run] === errorFrames[j + run]) {
      run++;
    }
    if (run > 3) {
      emitFrames.splice(i + 1, run - 2, '    [... lines matching original stack trace ...]');
      break;
    }
  }
  return `${error.stack}\nEmitted 'error' event${on} at:\n${emitFrames.join('\n')}`;
}

module.exports = { markUnhandled, isUnhandledEmit, throwSite, stackWithEmitSite };
