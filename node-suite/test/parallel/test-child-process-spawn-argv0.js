'use strict';
// options.argv0 sets the child's argv[0] (process.argv0 in a Node child); the default is the file
// spawned; it must be a string.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'child') {
  console.log(process.argv0);
  return;
}

const printedArgv0 = (options) =>
  cp.spawnSync(process.execPath, [__filename, 'child'], options).stdout.toString().trim();

assert.strictEqual(printedArgv0(), process.execPath);
assert.strictEqual(printedArgv0({ argv0: 'withArgv0' }), 'withArgv0');

assert.throws(() => cp.spawnSync(process.execPath, [__filename, 'child'], { argv0: [] }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options.argv0" property must be of type string.' + common.invalidArgTypeHelper([]),
});
