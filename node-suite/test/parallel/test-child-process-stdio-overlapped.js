'use strict';
// The 'overlapped' stdio type behaves as a pipe. Uses Node's overlapped-checker helper binary (built next
// to the node executable): it prints a number, we answer with number + 50 until 200, then 'exit'; it
// logs each write's byte count on stderr and exits 0. Without the helper the test is skipped.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');

const exe = `overlapped-checker${process.platform === 'win32' ? '.exe' : ''}`;
const exePath = path.join(path.dirname(process.execPath), exe);
if (!fs.existsSync(exePath)) common.skip(`${exe} binary is not available`);

const child = spawn(exePath, [], { stdio: ['overlapped', 'pipe', 'pipe'] });
child.stdin.setEncoding('utf8');
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');

child.stdout.on('data', (text) => {
  const n = Number(text);
  child.stdin.write(n >= 200 ? 'exit' : String(n + 50));
});

let byteCounts = '';
child.stderr.on('data', (text) => { byteCounts += text; });
child.stderr.on('end', common.mustCall(() => {
  // 0, 50, 100, 150, 200 are 1, 2, 3, 3 and 3 bytes long.
  assert.strictEqual(byteCounts, '12333');
}));
child.on('exit', common.mustCall((status) => {
  assert.strictEqual(status, 0);
}));
