'use strict';
// A forked child that itself spawns a process: neither hangs, both exit 0.
const common = require('../common');
const assert = require('assert');
const { fork, spawn } = require('child_process');

const exitsCleanly = (code) => assert.strictEqual(code, 0);

const role = process.argv[2] || '';
if (role === '') {
  fork(__filename, ['fork']).on('exit', common.mustCall(exitsCleanly));
} else if (role === 'fork') {
  spawn(process.execPath, [__filename, 'spawn']).on('exit', common.mustCall(exitsCleanly));
} else if (role !== 'spawn') {
  assert.fail();
}
