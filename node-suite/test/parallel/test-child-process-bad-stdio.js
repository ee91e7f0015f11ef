'use strict';
// Flags: --expose-internals
// exec() still reports through its callback when the child's stdout/stderr streams could not be
// created (simulated by destroying them right after spawn).
const common = require('../common');

if (process.argv[2] === 'child') {
  setTimeout(() => {}, common.platformTimeout(1000));
  return;
}

const assert = require('node:assert');
const cp = require('node:child_process');
const { mock, test } = require('node:test');
const { ChildProcess } = require('internal/child_process');

const realSpawn = ChildProcess.prototype.spawn;
mock.method(ChildProcess.prototype, 'spawn', function(...args) {
  const result = realSpawn.apply(this, args);
  this.stdout.destroy();
  this.stderr.destroy();
  this.stdout = null;
  this.stderr = null;
  return result;
});

function execSelf(options, onDone) {
  const [command, shellOptions] = common.escapePOSIXShell`"${process.execPath}" "${__filename}" child`;
  const merged = { ...options, env: { ...shellOptions?.env, ...options.env } };
  return cp.exec(command, merged, common.mustCall(onDone));
}

test('normal execution of a child process is handled', (_, done) => {
  execSelf({}, common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr, '');
    done();
  }));
});

test('execution with an error event is handled', (_, done) => {
  const injected = new Error('foo');
  const child = execSelf({}, common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err, injected);
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr, '');
    done();
  }));
  child.emit('error', injected);
});

test('execution with a killed process is handled', (_, done) => {
  execSelf({ timeout: 1 }, common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err.killed, true);
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr, '');
    done();
  }));
});
