'use strict';
// A grandchild with stdio 'inherit' uses its parent's pipes: cat echoes what the grandparent writes, and
// the parent does not exit before cat does.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

if (process.argv[2] === 'parent') {
  spawn('cat', [], { stdio: 'inherit' });
} else {
  const child = spawn(process.execPath, [__filename, 'parent']);
  child.stderr.pipe(process.stderr);
  const input = 'asdfasdf';
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stdout.setEncoding('utf8');
  child.stdin.end(input);
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    // Windows' cat appends \r\n.
    assert.strictEqual(output.trim(), input.trim());
  }));
}
