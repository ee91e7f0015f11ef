'use strict';
// Talking to a child over its stdin/stdout pipes: each line written comes back as one 'data' chunk.
const { mustCall, mustNotCall } = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');
const fixtures = require('../common/fixtures');

const child = spawn(process.argv[0], [fixtures.path('echo.js')]);
child.stderr.on('data', mustNotCall());
child.stdout.setEncoding('utf8');

const expected = ['hello world\r\n', 'echo me\r\n'];

child.stdout.on('data', mustCall((chunk) => {
  assert.strictEqual(chunk, expected.shift());
  if (expected.length > 0) {
    child.stdin.write(expected[0]);
  } else {
    assert.strictEqual(expected.length, 0);
    child.stdin.end();
  }
}, expected.length));

child.stdout.on('end', mustCall());
