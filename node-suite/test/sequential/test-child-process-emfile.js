'use strict';
// With every fd used up, spawn() emits EMFILE as an 'error' (no throw, no 'exit') and sets up no stdio.
// The test re-runs itself under `ulimit -n 64` so that running out is quick.
const common = require('../common');
if (common.isWindows) common.skip('no RLIMIT_NOFILE on Windows');

const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');

const hardLimit = Number(cp.execSync('ulimit -Hn'));
if (hardLimit > 64 || Number.isNaN(hardLimit)) {
  const [command, shellOptions] = common.escapePOSIXShell`ulimit -n 64 && "${process.execPath}" "${__filename}"`;
  const result = cp.spawnSync('/bin/sh', ['-c', command], shellOptions);
  assert.strictEqual(result.stdout.toString(), '');
  assert.strictEqual(result.stderr.toString(), '');
  assert.strictEqual(result.status, 0);
  assert.strictEqual(result.error, undefined);
  return;
}

const held = [];
for (;;) {
  try {
    held.push(fs.openSync(__filename, 'r'));
  } catch (err) {
    assert.strictEqual(err.code, 'EMFILE');
    break;
  }
}

const child = cp.spawn(process.execPath, ['-e', '0']);
assert.strictEqual(child.stdin, undefined);
assert.strictEqual(child.stdout, undefined);
assert.strictEqual(child.stderr, undefined);
assert.strictEqual(child.stdio, undefined);
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EMFILE');
}));
child.on('exit', common.mustNotCall('"exit" event should not be emitted'));

// Give one fd back (Node does this for LeakSanitizer).
if (held.length >= 1) fs.closeSync(held.pop());
