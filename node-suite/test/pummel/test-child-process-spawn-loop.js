'use strict';
// 41 children in a row each print 1000 KiB plus a newline; every byte arrives each time.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const python = process.env.PYTHON || (common.isWindows ? 'python' : 'python3');
const SIZE = 1000 * 1024;
const LAST = 40;
let finished = false;

const spawnNext = common.mustCall((i) => {
  const child = spawn(python, ['-c', `print(${SIZE} * "C")`]);
  let received = 0;
  child.stdout.setEncoding('ascii');
  child.stdout.on('data', (chunk) => { received += chunk.length; });
  child.stderr.on('data', (chunk) => console.log(`stderr: ${chunk}`));
  child.on('close', common.mustCall(() => {
    // print() adds \n (\r\n on Windows).
    assert.strictEqual(received, SIZE + (common.isWindows ? 2 : 1));
    if (i < LAST) spawnNext(i + 1);
    else finished = true;
  }));
}, LAST + 1);

spawnNext(0);

process.on('exit', () => {
  assert.ok(finished);
});
