'use strict';
// Writing to a child's stdin and ending it: stdin is writable-only, cat echoes everything, and the
// events end with exit status 0 and 'close'.
const { mustCall, mustCallAtLeast, mustNotCall } = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const cat = spawn('cat');
cat.stdin.write('hello');
cat.stdin.write(' ');
cat.stdin.write('world');
assert.strictEqual(cat.stdin.writable, true);
assert.strictEqual(cat.stdin.readable, false);
cat.stdin.end();

let echoed = '';
cat.stdout.setEncoding('utf8');
cat.stdout.on('data', mustCallAtLeast((chunk) => { echoed += chunk; }));
cat.stdout.on('end', mustCall());
cat.stderr.on('data', mustNotCall());
cat.stderr.on('end', mustCall());
cat.on('exit', mustCall((status) => {
  assert.strictEqual(status, 0);
}));
cat.on('close', mustCall(() => {
  assert.strictEqual(echoed, 'hello world');
}));
