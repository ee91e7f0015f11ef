'use strict';
// spawn() with options.signal: aborting (synchronously, later, or in advance; with no reason, an Error
// or a string) kills the child with killSignal and emits an AbortError carrying the reason as cause;
// aborting after 'exit' emits nothing.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');
const fixtures = require('../common/fixtures');

const forever = fixtures.path('child-process-stay-alive-forever.js');

function spawnExpectingAbort(signal, { killSignal, checkCause } = {}) {
  const options = killSignal ? { signal, killSignal } : { signal };
  const child = spawn(process.execPath, [forever], options);
  child.on('exit', common.mustCall((code, signalName) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signalName, killSignal || 'SIGTERM');
  }));
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    if (checkCause) checkCause(err.cause);
  }));
  return child;
}

const causeIsBoomError = (cause) => {
  assert.strictEqual(cause.name, 'Error');
  assert.strictEqual(cause.message, 'boom');
};
const causeIsBoomString = (cause) => assert.strictEqual(cause, 'boom');

// Aborted right after spawn().
{
  const controller = new AbortController();
  spawnExpectingAbort(controller.signal);
  controller.abort();
}
{
  const controller = new AbortController();
  spawnExpectingAbort(controller.signal, { checkCause: causeIsBoomError });
  controller.abort(new Error('boom'));
}
{
  const controller = new AbortController();
  spawnExpectingAbort(controller.signal, { checkCause: causeIsBoomString });
  controller.abort('boom');
}

// Aborted before spawn().
spawnExpectingAbort(AbortSignal.abort());
spawnExpectingAbort(AbortSignal.abort(new Error('boom')), { checkCause: causeIsBoomError });
spawnExpectingAbort(AbortSignal.abort('boom'), { checkCause: causeIsBoomString });

// Aborted a little later, with the default and with a custom killSignal.
{
  const controller = new AbortController();
  spawnExpectingAbort(controller.signal);
  setTimeout(() => controller.abort(), 1);
}
{
  const controller = new AbortController();
  spawnExpectingAbort(controller.signal, { killSignal: 'SIGKILL' });
  setTimeout(() => controller.abort(), 1);
}

// Aborting after 'exit' (before 'close') is not an error.
{
  const controller = new AbortController();
  const child = spawn(process.execPath, [forever], { signal: controller.signal });
  child.on('exit', common.mustCall(() => controller.abort()));
  child.on('error', common.mustNotCall());
  setTimeout(() => child.kill(), 1);
}
