'use strict';
// Flags: --expose-internals
// internal getValidStdio(): rejects unknown strings and non-arrays, pads short arrays to three entries,
// refuses 'ipc' for sync children and non-input values for sync stdin, and maps process.stdin/stdout/
// stderr to fds 0, 1, 2.
const common = require('../common');
const assert = require('assert');
const { getValidStdio } = require('internal/child_process');

const invalidValue = { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' };

assert.throws(() => getValidStdio('foo'), invalidValue);
assert.throws(() => getValidStdio(600), invalidValue);

{
  const stdio = [];
  const result = getValidStdio(stdio, false);
  assert.strictEqual(stdio.length, 3);
  assert.strictEqual(Object.hasOwn(result, 'stdio'), true);
  assert.strictEqual(Object.hasOwn(result, 'ipc'), true);
  assert.strictEqual(Object.hasOwn(result, 'ipcFd'), true);
}

assert.throws(() => getValidStdio(['ipc', 'ipc', 'ipc'], true), { code: 'ERR_IPC_SYNC_FORK', name: 'Error' });
assert.throws(() => getValidStdio(['foo'], false), { code: 'ERR_INVALID_SYNC_FORK_INPUT', name: 'TypeError' });
assert.throws(() => getValidStdio([{ foo: 'bar' }]), invalidValue);

const { isMainThread } = require('worker_threads');
if (isMainThread) {
  assert.deepStrictEqual(getValidStdio([process.stdin, process.stdout, process.stderr], false), {
    stdio: [
      { type: 'fd', fd: 0 },
      { type: 'fd', fd: 1 },
      { type: 'fd', fd: 2 },
    ],
    ipc: undefined,
    ipcFd: undefined,
  });
} else {
  common.printSkipMessage('stdio is not associated with file descriptors in Workers');
}
