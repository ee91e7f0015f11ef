'use strict';
// A detached, unref'd grandchild outlives its parent: by the time we exit the parent is gone (ESRCH)
// while the grandchild is still there to be killed.
require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { spawn } = require('child_process');

const parent = spawn(process.execPath, [fixtures.path('parent-process-nonpersistent.js')]);
let grandchildPid = -1;
parent.stdout.on('data', (chunk) => {
  grandchildPid = parseInt(chunk, 10);
});

process.on('exit', () => {
  assert.notStrictEqual(grandchildPid, -1);
  assert.throws(() => process.kill(parent.pid), /^Error: kill ESRCH$/);
  process.kill(grandchildPid);
});
