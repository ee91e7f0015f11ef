'use strict';
// (cat p1 ; cat p2) | cat p3: two children can share a third child's stdin as their stdout
// (Node issue 27097). Chunks are sent one after another to keep the order fixed.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const p3 = spawn('cat', { stdio: ['pipe', 'pipe', 'inherit'] });
const p1 = spawn('cat', { stdio: ['pipe', p3.stdin, 'inherit'] });
const p2 = spawn('cat', { stdio: ['pipe', p3.stdin, 'inherit'] });
p3.stdout.setEncoding('utf8');

const nextChunk = (expected, then) => {
  p3.stdout.once('data', common.mustCall((chunk) => {
    assert.strictEqual(chunk, expected);
    if (then) then();
  }));
};

p1.stdin.end('hello\n');
nextChunk('hello\n', () => {
  p2.stdin.end('world\n');
  nextChunk('world\n', () => {
    p3.stdin.end('foobar\n');
    nextChunk('foobar\n');
  });
});
