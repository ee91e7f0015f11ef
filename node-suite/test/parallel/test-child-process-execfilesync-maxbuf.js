'use strict';
// execFileSync() maxBuffer: exceeding it throws ENOBUFS (with the output read so far, which can be more
// than the limit since reads are 64 KiB), Infinity is allowed, the default is 1 MiB.
require('../common');
const assert = require('assert');
const { getSystemErrorName } = require('util');
const { execFileSync } = require('child_process');

const line = 'this is stdout';
const lineBytes = Buffer.from(`${line}\n`);
const printLine = ['-e', `console.log("${line}");`];

assert.throws(() => execFileSync(process.execPath, printLine, { maxBuffer: 1 }), (err) => {
  assert.ok(err, 'maxBuffer should error');
  assert.strictEqual(err.code, 'ENOBUFS');
  assert.strictEqual(getSystemErrorName(err.errno), 'ENOBUFS');
  assert.deepStrictEqual(err.stdout, lineBytes);
  return true;
});

assert.deepStrictEqual(execFileSync(process.execPath, printLine, { maxBuffer: Infinity }), lineBytes);

assert.throws(() => execFileSync(process.execPath, ['-e', "console.log('a'.repeat(1024 * 1024))"]), (err) => {
  assert.ok(err, 'maxBuffer should error');
  assert.strictEqual(err.code, 'ENOBUFS');
  assert.strictEqual(getSystemErrorName(err.errno), 'ENOBUFS');
  return true;
});
