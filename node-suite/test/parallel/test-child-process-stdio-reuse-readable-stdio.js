'use strict';
// Once a child that read from another child's stdout has exited, that stdout can be read here
// (cat | (head -n1; ...)).
const common = require('../common');

if (common.isWindows) {
  // Node issue 48300.
  common.skip('Does not work with cygwin quirks on Windows');
}

const assert = require('assert');
const { spawn } = require('child_process');

const cat = spawn('cat', { stdio: ['pipe', 'pipe', 'inherit'] });
const head = spawn('head', ['-n1'], { stdio: [cat.stdout, 'pipe', 'inherit'] });

// This line goes through head, which then exits.
cat.stdin.write('hello\n');
head.stdout.setEncoding('utf8');
head.stdout.on('data', common.mustCall((chunk) => {
  assert.strictEqual(chunk, 'hello\n');
}));
head.on('exit', common.mustCall(() => {
  // Nobody else reads cat's output now; read it ourselves.
  cat.stdin.end('world\n');
  cat.stdout.setEncoding('utf8');
  cat.stdout.on('data', common.mustCall((chunk) => {
    assert.strictEqual(chunk, 'world\n');
  }));
  cat.stdout.resume();
}));
