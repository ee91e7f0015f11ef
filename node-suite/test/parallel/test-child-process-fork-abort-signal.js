'use strict';
// fork() with options.signal: aborting (later or in advance, with or without a reason) kills the child
// with killSignal (default SIGTERM) and emits an AbortError; aborting after 'exit' emits nothing.
const { mustCall, mustNotCall } = require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { fork } = require('child_process');

const forever = fixtures.path('child-process-stay-alive-forever.js');

function expectKilledBy(child, expectedSignal, checkError) {
  child.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, expectedSignal);
  }));
  child.on('error', mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    if (checkError) checkError(err);
  }));
}

const causeIsBoom = (err) => {
  assert.strictEqual(err.cause.name, 'Error');
  assert.strictEqual(err.cause.message, 'boom');
};

// Aborted on the next tick after fork().
{
  const controller = new AbortController();
  expectKilledBy(fork(forever, { signal: controller.signal }), 'SIGTERM');
  process.nextTick(() => controller.abort());
}
{
  const controller = new AbortController();
  expectKilledBy(fork(forever, { signal: controller.signal }), 'SIGTERM', causeIsBoom);
  process.nextTick(() => controller.abort(new Error('boom')));
}

// Aborted before fork().
expectKilledBy(fork(forever, { signal: AbortSignal.abort() }), 'SIGTERM');
expectKilledBy(fork(forever, { signal: AbortSignal.abort(new Error('boom')) }), 'SIGTERM', causeIsBoom);
expectKilledBy(fork(forever, { signal: AbortSignal.abort(), killSignal: 'SIGKILL' }), 'SIGKILL');

// Aborting after the child exited (but before 'close') is not an error.
{
  const controller = new AbortController();
  const child = fork(forever, { signal: controller.signal });
  child.on('exit', mustCall(() => controller.abort()));
  child.on('error', mustNotCall());
  setTimeout(() => child.kill(), 1);
}
