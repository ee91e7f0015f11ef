'use strict';
// A chain of five processes, each the child of the previous one with stdout piped up: the last exits at
// once and every ancestor then exits in turn (old Node issue 1726). The test passes if the chain ends.
require('../common');
const assert = require('assert');
const cp = require('child_process');

const generation = +(process.argv[2] || 0);
const LAST = 5;

if (generation === LAST) {
  console.error('hit maxGen, exiting', LAST);
  return;
}

const child = cp.spawn(process.execPath, [__filename, generation + 1], { stdio: ['ignore', 'pipe', 'ignore'] });
assert.ok(!child.stdin);
assert.ok(child.stdout);
assert.ok(!child.stderr);

console.error('gen=%d, pid=%d', generation, process.pid);
child.on('exit', (code) => console.error('exit %d from gen %d', code, generation + 1));
child.stdout.pipe(process.stdout);
child.stdout.on('close', () => console.error('child.stdout close  gen=%d', generation));
