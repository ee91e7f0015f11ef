'use strict';
// stdio configurations: a short array is padded with pipes, 'ignore' gives null streams, the options
// object is not mutated, stdout output is complete at 'close', and only one 'ipc' is allowed.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

{
  const child = spawn(...common.pwdCommand, { stdio: ['pipe'] });
  assert.notStrictEqual(child.stdout, null);
  assert.notStrictEqual(child.stderr, null);
}

{
  const child = spawn(...common.pwdCommand, { stdio: 'ignore' });
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.stderr, null);
}

{
  const options = { stdio: 'ignore' };
  spawn(...common.pwdCommand, options);
  assert.deepStrictEqual(options, { stdio: 'ignore' });
}

{
  const child = spawn(...common.pwdCommand);
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text) => { output += text; });
  child.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
  }));
  child.on('close', common.mustCall(() => {
    assert.strictEqual(output.length > 1, true);
    assert.strictEqual(output[output.length - 1], '\n');
  }));
}

assert.throws(() => spawn(...common.pwdCommand, { stdio: ['pipe', 'pipe', 'pipe', 'ipc', 'ipc'] }),
              { code: 'ERR_IPC_ONE_PIPE', name: 'Error' });
