'use strict';
// execSync() maxBuffer: exceeding it throws ENOBUFS carrying the output read so far, Infinity is allowed,
// the default is 1 MiB (1024*1024 chars plus newline fail, one less passes).
const { escapePOSIXShell } = require('../common');
const assert = require('assert');
const { getSystemErrorName } = require('util');
const { execSync } = require('child_process');

const line = 'this is stdout';
const lineBytes = Buffer.from(`${line}\n`);
const [command, shellOptions] = escapePOSIXShell`"${process.execPath}" -e "${`console.log('${line}')`}"`;

assert.throws(() => execSync(command, { ...shellOptions, maxBuffer: 1 }), (err) => {
  assert.ok(err, 'maxBuffer should error');
  assert.strictEqual(err.code, 'ENOBUFS');
  assert.strictEqual(getSystemErrorName(err.errno), 'ENOBUFS');
  assert.deepStrictEqual(err.stdout, lineBytes);
  return true;
});

assert.deepStrictEqual(execSync(command, { ...shellOptions, maxBuffer: Infinity }), lineBytes);

assert.throws(() => {
  execSync(...escapePOSIXShell`"${process.execPath}" -e "console.log('a'.repeat(1024 * 1024))"`);
}, (err) => {
  assert.ok(err, 'maxBuffer should error');
  assert.strictEqual(err.code, 'ENOBUFS');
  assert.strictEqual(getSystemErrorName(err.errno), 'ENOBUFS');
  return true;
});

{
  const output = execSync(...escapePOSIXShell`"${process.execPath}" -e "console.log('a'.repeat(1024 * 1024 - 1))"`);
  assert.deepStrictEqual(output.toString().trim(), 'a'.repeat(1024 * 1024 - 1));
}
