'use strict';
// Without the privilege, spawning with uid 0 or gid 0 throws EPERM synchronously (ENOTSUP on Windows).
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const expected = common.isWindows ? /\bENOTSUP\b/ : /\bEPERM\b/;

if (common.isIBMi) common.skip('IBMi has a different behavior');

if (common.isWindows || process.getuid() !== 0) {
  assert.throws(() => spawn('echo', ['fhqwhgads'], { uid: 0 }), expected);
}
if (common.isWindows || !process.getgroups().some((gid) => gid === 0)) {
  assert.throws(() => spawn('echo', ['fhqwhgads'], { gid: 0 }), expected);
}
