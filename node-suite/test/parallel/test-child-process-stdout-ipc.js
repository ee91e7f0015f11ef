'use strict';
// The IPC channel may sit on fd 1: the child can send() over it and exits 0.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  process.send('hahah');
  return;
}

spawn(process.execPath, [__filename, 'child'], { stdio: ['inherit', 'ipc', 'inherit'] })
  .on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
  }));
