'use strict';
// A child's 'close' arrives even when stdout was read once and never consumed, and output read through
// 'readable' is complete at 'close'.
const common = require('../common');
const cp = require('child_process');
const assert = require('assert');

// Windows' echo is a shell built-in.
const options = { shell: common.isWindows };

const readWithReadable = common.mustCall(() => {
  const chunks = [];
  const child = cp.spawn('echo', ['123'], options);
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(Buffer.concat(chunks).toString().trim(), '123');
  }));
  child.stdout.on('readable', () => {
    let chunk;
    while ((chunk = child.stdout.read()) !== null) chunks.push(chunk);
  });
});

const first = cp.spawn('echo', [], options);
first.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  readWithReadable();
}));
first.stdout.read();
