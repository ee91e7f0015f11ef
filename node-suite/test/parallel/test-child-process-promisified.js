'use strict';
// promisify(exec) and promisify(execFile): the promise carries .child, resolves to { stdout, stderr },
// and rejects with an error carrying code, stdout and stderr.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const { promisify } = require('util');

const exec = promisify(cp.exec);
const execFile = promisify(cp.execFile);

const expectResult = (promise) => {
  assert(promise.child instanceof cp.ChildProcess);
  promise.then(common.mustCall((result) => {
    assert.deepStrictEqual(result, { stdout: '42\n', stderr: '' });
  }));
};
expectResult(exec(...common.escapePOSIXShell`"${process.execPath}" -p 42`));
expectResult(execFile(process.execPath, ['-p', '42']));

const expectMissing = (promise) => {
  assert(promise.child instanceof cp.ChildProcess);
  promise.catch(common.mustCall((err) => {
    assert(err.message.includes('doesntexist'));
  }));
};
expectMissing(exec('doesntexist'));
expectMissing(execFile('doesntexist', ['-p', '42']));

const printsThenFails = 'console.log(42);console.error(43);process.exit(1)';
const expectFailureOutput = common.mustCall((err) => {
  assert.strictEqual(err.code, 1);
  assert.strictEqual(err.stdout, '42\n');
  assert.strictEqual(err.stderr, '43\n');
}, 2);
exec(...common.escapePOSIXShell`"${process.execPath}" -e "${printsThenFails}"`).catch(expectFailureOutput);
execFile(process.execPath, ['-e', printsThenFails]).catch(expectFailureOutput);
