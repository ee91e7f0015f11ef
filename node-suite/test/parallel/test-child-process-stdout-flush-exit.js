'use strict';
// Output written with console.log just before a child ends naturally reaches the parent in full: first
// line 'hello', last line 'goodbye'. Node notes this is observed behaviour, not an API guarantee.
const common = require('../common');
const assert = require('assert');

if (process.argv[2] === 'child') {
  console.log('hello');
  for (let i = 0; i < 100; i++) console.log('filler');
  console.log('goodbye');
} else {
  const { spawn } = require('child_process');
  const child = spawn(process.argv[0], [process.argv[1], 'child']);
  let output = '';
  child.stderr.on('data', common.mustNotCall());
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', common.mustCallAtLeast((text) => { output += text; }));
  child.on('close', common.mustCall(() => {
    assert.strictEqual(output.slice(0, 6), 'hello\n');
    assert.strictEqual(output.slice(output.length - 8), 'goodbye\n');
  }));
}
