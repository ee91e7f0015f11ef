'use strict';
// spawnSync() option validation: for each option, which values pass (the missing command then gives
// ENOENT) and which throw which error.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { signals } = require('os').constants;

const isRoot = common.isWindows ? false : common.isIBMi ? true : process.getuid() === 0;
const typeError = { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' };
const rangeError = { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' };
const unknownSignal = { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' };

function accepts(option, value) {
  assert.strictEqual(spawnSync('not_a_real_command', { [option]: value }).error.code, 'ENOENT');
}

function rejects(option, value, expected) {
  assert.throws(() => spawnSync('not_a_real_command', { [option]: value }), expected);
}

function check(option, good, typeErrors, rangeErrors = []) {
  for (const value of good) accepts(option, value);
  for (const value of typeErrors) rejects(option, value, typeError);
  for (const value of rangeErrors) rejects(option, value, rangeError);
}

check('cwd', [undefined, null, __dirname], [0, 1, true, false, [], {}, common.mustNotCall()]);
check('detached', [undefined, null, true, false], [0, 1, __dirname, [], {}, common.mustNotCall()]);

if (!common.isWindows) {
  if (!isRoot) {
    check('uid', [undefined, null, process.getuid()],
          [__dirname, true, false, [], {}, common.mustNotCall()],
          [NaN, Infinity, 3.1, -3.1]);
  }
  if (process.getgid() !== 0) {
    check('gid', [undefined, null, process.getgid()],
          [__dirname, true, false, [], {}, common.mustNotCall()],
          [NaN, Infinity, 3.1, -3.1]);
  }
}

check('shell', [undefined, null, false], [0, 1, [], {}, common.mustNotCall()]);
check('argv0', [undefined, null, 'myArgv0'], [0, 1, true, false, [], {}, common.mustNotCall()]);
check('windowsHide', [undefined, null, true, false], [0, 1, __dirname, [], {}, common.mustNotCall()]);
check('windowsVerbatimArguments', [undefined, null, true, false],
      [0, 1, __dirname, [], {}, common.mustNotCall()]);
check('timeout', [undefined, null, 1, 0],
      [true, false, __dirname, [], {}, common.mustNotCall()],
      [-1, NaN, Infinity, 3.1, -3.1]);
check('maxBuffer', [undefined, null, 1, 0, Infinity, 3.14],
      [true, false, __dirname, [], {}, common.mustNotCall()],
      [-1, NaN, -Infinity]);

// killSignal: names (any case) and numbers of real signals pass; anything else is unknown or mistyped.
check('killSignal', [undefined, null, 'SIGKILL'], [true, false, [], {}, common.mustNotCall()]);
for (const value of ['SIGNOTAVALIDSIGNALNAME', 500, 0, -200, 3.14]) rejects('killSignal', value, unknownSignal);
// Names inherited from Object.prototype must not be mistaken for signals.
for (const name of Object.getOwnPropertyNames(Object.prototype)) rejects('killSignal', name, unknownSignal);
for (const name in signals) {
  accepts('killSignal', signals[name]);
  accepts('killSignal', name);
  accepts('killSignal', name.toLowerCase());
}
