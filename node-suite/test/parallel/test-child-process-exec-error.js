'use strict';
// A missing command: through the shell (exec) the error carries the shell's exit code and there is a
// pid; without a shell (execFile) it is ENOENT and there is no pid. err.cmd names the command.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

function runMissing(launcher, expectedCode, pidType) {
  const child = launcher('does-not-exist', common.mustCall((err) => {
    assert.strictEqual(err.code, expectedCode);
    assert(err.cmd.includes('does-not-exist'));
  }));
  assert.strictEqual(typeof child.pid, pidType);
}

// cmd.exe exits 1, /bin/sh 127 for an unknown command.
runMissing(cp.exec, common.isWindows ? 1 : 127, 'number');
runMissing(cp.execFile, 'ENOENT', 'undefined');
