'use strict';
// fork() options.timeout kills with killSignal (default SIGTERM), must be a number, and the abort
// listener it put on options.signal is removed on exit.
const { mustCall } = require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { fork } = require('child_process');
const { listenerCount } = require('events');

const forever = fixtures.path('child-process-stay-alive-forever.js');

fork(forever, { timeout: 5 })
  .on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));

fork(forever, { timeout: 5, killSignal: 'SIGKILL' })
  .on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));

assert.throws(() => fork(forever, { timeout: 'badValue' }), /ERR_INVALID_ARG_TYPE/);
assert.throws(() => fork(forever, { timeout: {} }), /ERR_INVALID_ARG_TYPE/);

// Any EventTarget with `aborted` passes as a signal.
{
  const signal = new EventTarget();
  signal.aborted = false;
  const child = fork(forever, { timeout: 6, signal });
  assert.strictEqual(listenerCount(signal, 'abort'), 1);
  child.on('exit', mustCall(() => {
    assert.strictEqual(listenerCount(signal, 'abort'), 0);
  }));
}
