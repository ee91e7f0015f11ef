'use strict';
// exec() with a timeout that expires: the child is killed with SIGTERM, err.killed is true,
// err.code null, err.cmd the command, and nothing was printed.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const {
  cleanupStaleProcess, logAfterTime, kExpiringChildRunTime, kExpiringParentTimer,
} = require('../common/child_process');

if (process.argv[2] === 'child') {
  logAfterTime(kExpiringChildRunTime);
  return;
}

const [command, shellOptions] = common.escapePOSIXShell`"${process.execPath}" "${__filename}" child`;

cp.exec(command, { ...shellOptions, timeout: kExpiringParentTimer }, common.mustCall((err, stdout, stderr) => {
  console.log('[stdout]', stdout.trim());
  console.log('[stderr]', stderr.trim());

  assert.strictEqual(err.killed, true);
  let expectedSignal = 'SIGTERM';
  if (common.isOpenBSD) {
    // OpenBSD reports exit code 143 and no signal.
    assert.strictEqual(err.code, 143);
    expectedSignal = null;
  } else {
    assert.strictEqual(err.code, null);
  }
  if (common.isMacOS) {
    // Darwin may turn a SIGTERM to a process still starting into SIGKILL (libuv issue 1226).
    assert.ok(err.signal === 'SIGTERM' || err.signal === 'SIGKILL');
  } else {
    assert.strictEqual(err.signal, expectedSignal);
  }
  assert.strictEqual(err.cmd, command);
  assert.strictEqual(stdout.trim(), '');
  assert.strictEqual(stderr.trim(), '');
}));

cleanupStaleProcess(__filename);
