'use strict';
// A detached, unref'd forked grandchild survives its parent being killed.
require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const fixtures = require('../common/fixtures');

const parent = fork(fixtures.path('parent-process-nonpersistent-fork.js'), [], { silent: true });
let grandchildPid = -1;

parent.stdout.on('data', (chunk) => {
  grandchildPid = parseInt(chunk, 10);
  parent.kill();
});

process.on('exit', () => {
  assert.notStrictEqual(grandchildPid, -1);
  // Must not throw: the grandchild is still alive.
  process.kill(grandchildPid);
});
