'use strict';
// spawn() options.timeout kills with killSignal (default SIGTERM), must be a number, and removes its
// abort listener from options.signal on exit.
const { mustCall } = require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { spawn } = require('child_process');
const { listenerCount } = require('events');

const forever = [fixtures.path('child-process-stay-alive-forever.js')];

spawn(process.execPath, forever, { timeout: 5 })
  .on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));

spawn(process.execPath, forever, { timeout: 6, killSignal: 'SIGKILL' })
  .on('exit', mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));

assert.throws(() => spawn(process.execPath, forever, { timeout: 'badValue' }), /ERR_INVALID_ARG_TYPE/);
assert.throws(() => spawn(process.execPath, forever, { timeout: {} }), /ERR_INVALID_ARG_TYPE/);

{
  const controller = new AbortController();
  const child = spawn(process.execPath, forever, { timeout: 6, signal: controller.signal });
  assert.strictEqual(listenerCount(controller.signal, 'abort'), 1);
  child.on('exit', mustCall(() => {
    assert.strictEqual(listenerCount(controller.signal, 'abort'), 0);
  }));
}
