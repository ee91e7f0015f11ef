'use strict';
// exec() with a timeout far longer than the child runs: the child finishes normally.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const { cleanupStaleProcess, logAfterTime } = require('../common/child_process');

const FAR_TIMEOUT = 2 ** 30;
const childRunTime = common.platformTimeout(100);
assert(childRunTime < FAR_TIMEOUT);

if (process.argv[2] === 'child') {
  logAfterTime(childRunTime);
  return;
}

const [command, shellOptions] = common.escapePOSIXShell`"${process.execPath}" "${__filename}" child`;

cp.exec(command, { ...shellOptions, timeout: FAR_TIMEOUT }, common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout.trim(), 'child stdout');
  assert.strictEqual(stderr.trim(), 'child stderr');
}));

cleanupStaleProcess(__filename);
