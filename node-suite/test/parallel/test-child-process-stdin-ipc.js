'use strict';
// A child whose fd 0 is the IPC channel can touch process.stdin without failing; it exits 0.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  // Accessing the getter is enough to create the stream.
  process.stdin; // eslint-disable-line no-unused-expressions
  return;
}

spawn(process.execPath, [__filename, 'child'], { stdio: ['ipc', 'inherit', 'inherit'] })
  .on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
  }));
