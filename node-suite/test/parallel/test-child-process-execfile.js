'use strict';
// execFile(): error messages name the command and its arguments, negative close codes become errno
// names, shell:true with args warns DEP0190, AbortSignal handling, abort listeners are removed when
// the child completes, and output matches execFileSync().
const common = require('../common');
const assert = require('assert');
const { execFile, execFileSync } = require('child_process');
const { listenerCount } = require('events');
const { getSystemErrorName } = require('util');
const fixtures = require('../common/fixtures');
const os = require('os');

const exitFixture = fixtures.path('exit.js');
const echoFixture = fixtures.path('echo.js');
const shellOptions = {
  encoding: 'utf8',
  shell: true,
  env: { ...process.env, NODE: process.execPath, FIXTURE: exitFixture },
};

common.expectWarning(
  'DeprecationWarning',
  'Passing args to a child process with shell option true can lead to security ' +
  'vulnerabilities, as the arguments are not escaped, only concatenated.',
  'DEP0190');

// The failure message lists the arguments; the code is the exit code.
execFile(process.execPath, [exitFixture, 42], common.mustCall((err) => {
  assert.strictEqual(err.message.trim(), `Command failed: ${process.execPath} ${exitFixture} 42`);
  assert.strictEqual(err.code, 42);
}));

// A negative code on 'close' is reported as its libuv error name.
{
  const negative = -1;
  const child = execFile(process.execPath, common.mustCall((err, stdout, stderr) => {
    assert.strictEqual(err.toString().trim(), `Error: Command failed: ${process.execPath}`);
    assert.strictEqual(err.code, getSystemErrorName(negative));
    assert.strictEqual(err.killed, true);
    assert.strictEqual(err.signal, null);
    assert.strictEqual(err.cmd, process.execPath);
    assert.strictEqual(stdout.trim(), '');
    assert.strictEqual(stderr.trim(), '');
  }));
  child.kill();
  child.emit('close', negative, null);
}

// With shell: true the file and args are joined into one shell command.
execFile(`"${common.isWindows ? shellOptions.env.NODE : '$NODE'}"`,
         [`"${common.isWindows ? shellOptions.env.FIXTURE : '$FIXTURE'}"`, 0],
         shellOptions,
         common.mustSucceed());

// Aborting after the call.
{
  const controller = new AbortController();
  const start = common.mustCall(() => {
    execFile(process.execPath, [echoFixture, 0], { signal: controller.signal }, common.mustCall((err) => {
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.signal, undefined);
    }));
  });
  start();
  controller.abort();
}

// Already aborted: no child, same error.
execFile(process.execPath, [echoFixture, 0], { signal: AbortSignal.abort() }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.signal, undefined);
}));

assert.throws(() => {
  execFile(process.execPath, [echoFixture, 0], { signal: 'hello' }, common.mustNotCall());
}, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

// Completing removes the listener execFile put on the signal.
{
  const controller = new AbortController();
  execFile(process.execPath, [exitFixture, 0], { signal: controller.signal }, common.mustCall((err) => {
    assert.strictEqual(listenerCount(controller.signal, 'abort'), 0);
    assert.strictEqual(err, null);
  }));
}

// Same stdout as execFileSync, with and without a shell (Windows' echo only exists in the shell).
{
  const variants = [
    ...(common.isWindows ? [] : [{ encoding: 'utf8' }]),
    { shell: true, encoding: 'utf8' },
  ];
  for (const options of variants) {
    const syncOutput = execFileSync('echo', ['foo', 'bar'], options);
    assert.strictEqual(syncOutput, `foo bar${os.EOL}`);
    execFile('echo', ['foo', 'bar'], options, common.mustCall((_, stdout) => {
      assert.strictEqual(stdout, syncOutput);
    }));
  }
}
