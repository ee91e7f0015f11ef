// Flags: --expose-internals
'use strict';
// windowsHide cannot be observed from outside, so spies on the internal spawnSync() and
// ChildProcess#spawn() check that spawnSync(), spawn() and execFile() pass it through.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const { test } = require('node:test');
const internalCp = require('internal/child_process');

const args = ['-p', '42'];
const options = { windowsHide: true };

function expectSpiedOnce(spy) {
  assert.strictEqual(spy.mock.calls.length, 1);
  assert.strictEqual(spy.mock.calls[0].arguments[0].windowsHide, true);
}

test('spawnSync() passes windowsHide correctly', (t) => {
  const spy = t.mock.method(internalCp, 'spawnSync');
  const result = cp.spawnSync(process.execPath, args, options);
  assert.strictEqual(result.status, 0);
  assert.strictEqual(result.signal, null);
  assert.strictEqual(result.stdout.toString().trim(), '42');
  assert.strictEqual(result.stderr.toString().trim(), '');
  expectSpiedOnce(spy);
});

test('spawn() passes windowsHide correctly', (t, done) => {
  const spy = t.mock.method(internalCp.ChildProcess.prototype, 'spawn');
  cp.spawn(process.execPath, args, options).on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    expectSpiedOnce(spy);
    done();
  }));
});

test('execFile() passes windowsHide correctly', (t, done) => {
  const spy = t.mock.method(internalCp.ChildProcess.prototype, 'spawn');
  cp.execFile(process.execPath, args, options, common.mustSucceed((stdout, stderr) => {
    assert.strictEqual(stdout.trim(), '42');
    assert.strictEqual(stderr.trim(), '');
    expectSpiedOnce(spy);
    done();
  }));
});
