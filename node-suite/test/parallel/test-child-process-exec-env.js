'use strict';
// exec() passes options.env to the shell's children.
const { isWindows } = require('../common');
const assert = require('assert');
const { exec } = require('child_process');

let successes = 0;
let failures = 0;
let listing = '';

function onDone(err, stdout) {
  if (err) {
    failures++;
    assert.strictEqual(err.killed, false);
  } else {
    successes++;
    assert.notStrictEqual(stdout, '');
  }
}

const child = isWindows ?
  exec('set', { env: { ...process.env, HELLO: 'WORLD' } }, onDone) :
  exec('/usr/bin/env', { env: { HELLO: 'WORLD' } }, onDone);

child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => { listing += chunk; });

process.on('exit', () => {
  assert.strictEqual(successes, 1);
  assert.strictEqual(failures, 0);
  assert.ok(listing.includes('HELLO=WORLD'));
});
