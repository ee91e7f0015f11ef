'use strict';
// Without options.env the child gets process.env, including changes made at run time.
const { isWindows } = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

process.env.HELLO = 'WORLD';

const child = isWindows ? spawn('cmd.exe', ['/c', 'set'], {}) : spawn('/usr/bin/env', [], {});
let listing = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => { listing += chunk; });

process.on('exit', () => {
  assert.ok(listing.includes('HELLO=WORLD'),
            `spawn did not use process.env as default (process.env.HELLO = ${process.env.HELLO})`);
});
