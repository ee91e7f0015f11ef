'use strict';
// spawnSync() basics: exit status, ENOENT details, cwd, and output as Buffers by default or strings with
// an encoding ([null, stdout, stderr]).
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { getSystemErrorName } = require('util');

tmpdir.refresh();

// `sleep 0` does next to nothing on every platform.
assert.strictEqual(spawnSync('sleep', ['0']).status, 0);

{
  const err = spawnSync('command_does_not_exist', ['bar']).error;
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(getSystemErrorName(err.errno), 'ENOENT');
  assert.strictEqual(err.syscall, 'spawnSync command_does_not_exist');
  assert.strictEqual(err.path, 'command_does_not_exist');
  assert.deepStrictEqual(err.spawnargs, ['bar']);
}

assert.strictEqual(spawnSync(...common.pwdCommand, { cwd: tmpdir.path }).stdout.toString().trim(), tmpdir.path);

{
  const byDefault = spawnSync(...common.pwdCommand);
  const asBuffer = spawnSync(...common.pwdCommand, { encoding: 'buffer' });
  assert.deepStrictEqual(byDefault.output, asBuffer.output);

  const asUtf8 = spawnSync(...common.pwdCommand, { encoding: 'utf8' });
  assert.deepStrictEqual(asUtf8.output, [null, byDefault.stdout.toString(), byDefault.stderr.toString()]);
}
