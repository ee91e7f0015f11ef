'use strict';
// A spawned child can write to its stdout pipe without throwing (old Node issue GH-1899).
const common = require('../common');
const fixtures = require('../common/fixtures');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn(process.argv[0], [fixtures.path('GH-1899-output.js')]);
let collected = '';
child.stdout.on('data', (chunk) => { collected += chunk; });

child.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(collected, 'hello, world!\n');
}));
