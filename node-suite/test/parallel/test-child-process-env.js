'use strict';
// options.env: inherited (prototype) keys are passed, undefined values are dropped, null becomes "null",
// empty values are kept, and on POSIX keys differing only in case are distinct.
const { isWindows, mustCall, mustCallAtLeast } = require('../common');
const assert = require('assert');
const os = require('os');
const { spawn } = require('child_process');

const env = {
  ...process.env,
  HELLO: 'WORLD',
  UNDEFINED: undefined,
  NULL: null,
  EMPTY: '',
  duplicate: 'lowercase',
  DUPLICATE: 'uppercase',
};
Object.setPrototypeOf(env, { FOO: 'BAR' });

const child = isWindows ? spawn('cmd.exe', ['/c', 'set'], { env }) : spawn('/usr/bin/env', [], { env });
let listing = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', mustCallAtLeast((chunk) => { listing += chunk; }));

child.stdout.on('end', mustCall(() => {
  assert.ok(listing.includes('HELLO=WORLD'));
  assert.ok(listing.includes('FOO=BAR'));
  assert.ok(!listing.includes('UNDEFINED=undefined'));
  assert.ok(listing.includes('NULL=null'));
  assert.ok(listing.includes(`EMPTY=${os.EOL}`));
  assert.ok(listing.includes('DUPLICATE=uppercase'));
  if (isWindows) {
    assert.ok(!listing.includes('duplicate=lowercase'));
  } else {
    assert.ok(listing.includes('duplicate=lowercase'));
  }
}));
