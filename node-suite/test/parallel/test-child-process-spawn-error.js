'use strict';
// Spawning a missing file: stdio is still set up (the error is not EMFILE/ENFILE), there is no pid,
// no 'spawn' event, and 'error' carries ENOENT with syscall, path and spawnargs.
const common = require('../common');
const { getSystemErrorName } = require('util');
const { spawn } = require('child_process');
const assert = require('assert');
const fs = require('fs');

const missing = 'foo123';
const args = ['bar'];
assert.strictEqual(fs.existsSync(missing), false);

const child = spawn(missing, args);

assert.notStrictEqual(child.stdin, undefined);
assert.notStrictEqual(child.stdout, undefined);
assert.notStrictEqual(child.stderr, undefined);
assert(Array.isArray(child.stdio));
assert.strictEqual(child.stdio[0], child.stdin);
assert.strictEqual(child.stdio[1], child.stdout);
assert.strictEqual(child.stdio[2], child.stderr);
assert.strictEqual(child.pid, undefined);

child.on('spawn', common.mustNotCall());
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(getSystemErrorName(err.errno), 'ENOENT');
  assert.strictEqual(err.syscall, `spawn ${missing}`);
  assert.strictEqual(err.path, missing);
  assert.deepStrictEqual(err.spawnargs, args);
}));
