'use strict';
// child[Symbol.dispose]() kills the child with SIGTERM: 'exit' gets (null, 'SIGTERM') for every listener,
// the streams end, killed flips to true at once.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const cat = spawn(common.isWindows ? 'cmd' : 'cat');

cat.stdout.on('end', common.mustCall());
cat.stderr.on('data', common.mustNotCall());
cat.stderr.on('end', common.mustCall());

const checkExit = (code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(cat.signalCode, 'SIGTERM');
};
cat.on('exit', common.mustCall(checkExit));
cat.on('exit', common.mustCall(checkExit));

assert.strictEqual(cat.signalCode, null);
assert.strictEqual(cat.killed, false);
cat[Symbol.dispose]();
assert.strictEqual(cat.killed, true);
