'use strict';
// Flags: --expose-internals
// When exec() kills a child for exceeding maxBuffer and ChildProcess#kill() throws, the thrown error
// reaches exec's callback.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'child') {
  // Any output exceeds maxBuffer 0.
  console.log('foo');
} else {
  const { ChildProcess } = require('internal/child_process');
  const realKill = ChildProcess.prototype.kill;
  ChildProcess.prototype.kill = function(...args) {
    realKill.apply(this, args);
    throw new Error('mock error');
  };

  const command = `"${process.execPath}" "${__filename}" child`;
  const child = cp.exec(command, { maxBuffer: 0, killSignal: 'SIGKILL' }, common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err.message, 'mock error', err);
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr, '');
    assert.strictEqual(child.killed, true);
  }));
}
