'use strict';
// fork() passes the parent's execArgv (here --stack-size=256) to the forked child by default.
const common = require('../common');
const assert = require('assert');
const { spawn, fork } = require('child_process');

const role = process.argv[2];
if (role === 'fork') {
  process.stdout.write(JSON.stringify(process.execArgv), () => process.exit());
} else if (role === 'child') {
  fork(__filename, ['fork']);
} else {
  const execArgv = ['--stack-size=256'];
  const middle = spawn(process.execPath, [...execArgv, __filename, 'child', 'arg0']);
  let printed = '';
  middle.stdout.on('data', (chunk) => { printed += chunk; });
  middle.on('exit', common.mustCall(() => {
    assert.deepStrictEqual(JSON.parse(printed), execArgv);
  }));
}
