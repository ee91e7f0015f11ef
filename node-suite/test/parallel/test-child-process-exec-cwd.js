'use strict';
// exec() runs its shell command in options.cwd.
const common = require('../common');
const assert = require('assert');
const { exec } = require('child_process');

const [command, dir] = common.isWindows ? ['echo %cd%', 'c:\\windows'] : ['pwd', '/dev'];

exec(command, { cwd: dir }, common.mustSucceed((stdout) => {
  assert(stdout.toLowerCase().startsWith(dir));
}));
