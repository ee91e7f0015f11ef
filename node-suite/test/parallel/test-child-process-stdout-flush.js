'use strict';
// All 500000 characters a child writes in one go arrive before 'close'.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');
const fixtures = require('../common/fixtures');

const COUNT = 500000;
const child = spawn(process.argv[0], [fixtures.path('print-chars.js'), COUNT]);
let received = 0;

child.stderr.setEncoding('utf8');
child.stderr.on('data', common.mustNotCall());
child.stdout.setEncoding('utf8');
child.stdout.on('data', (text) => { received += text.length; });

child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(COUNT, received);
}));
