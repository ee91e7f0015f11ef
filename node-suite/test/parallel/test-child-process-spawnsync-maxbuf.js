'use strict';
// spawnSync() maxBuffer: exceeding it gives an ENOBUFS error in the result (output read so far kept),
// Infinity is allowed, and the default is 1 MiB.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { getSystemErrorName } = require('util');

const line = 'this is stdout';
const lineBytes = Buffer.from(`${line}\n`);
const printLine = ['-e', `console.log("${line}");`];

function expectNoBufs(result) {
  assert.ok(result.error, 'maxBuffer should error');
  assert.strictEqual(result.error.code, 'ENOBUFS');
  assert.strictEqual(getSystemErrorName(result.error.errno), 'ENOBUFS');
}

{
  const result = spawnSync(process.execPath, printLine, { maxBuffer: 1 });
  expectNoBufs(result);
  // Reads are 64 KiB, so more than maxBuffer can have been kept.
  assert.deepStrictEqual(result.stdout, lineBytes);
}

{
  const result = spawnSync(process.execPath, printLine, { maxBuffer: Infinity });
  assert.ifError(result.error);
  assert.deepStrictEqual(result.stdout, lineBytes);
}

expectNoBufs(spawnSync(process.execPath, ['-e', "console.log('a'.repeat(1024 * 1024))"]));

{
  const result = spawnSync(process.execPath, ['-e', "console.log('a'.repeat(1024 * 1024 - 1))"]);
  assert.ifError(result.error);
  assert.deepStrictEqual(result.stdout.toString().trim(), 'a'.repeat(1024 * 1024 - 1));
}
