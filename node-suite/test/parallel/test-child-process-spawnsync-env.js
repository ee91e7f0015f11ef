'use strict';
// spawnSync() passes options.env (here process.env itself, modified) to the child.
require('../common');
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'child') {
  console.log(process.env.foo);
} else {
  const result = cp.spawnSync(process.execPath, [__filename, 'child'], {
    env: Object.assign(process.env, { foo: 'bar' }),
  });
  assert.strictEqual(result.stdout.toString().trim(), 'bar');
}
