'use strict';
// spawn() with shell: true really runs a shell: unknown commands give the shell's exit code, args are
// joined into the command line (with a DEP0190 warning), pipes work, and the environment is passed.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

const missing = cp.spawn('does-not-exist', { shell: true });
assert.notStrictEqual(missing.spawnfile, 'does-not-exist');
missing.on('error', common.mustNotCall());
missing.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(signal, null);
  // cmd.exe exits 1, /bin/sh 127.
  assert.strictEqual(code, common.isWindows ? 1 : 127);
}));

common.expectWarning(
  'DeprecationWarning',
  'Passing args to a child process with shell option true can lead to security ' +
  'vulnerabilities, as the arguments are not escaped, only concatenated.',
  'DEP0190');

// Collects a shell command's stdout and checks it at 'close'.
function expectOutput(child, expected) {
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.on('close', common.mustCall(() => {
    assert.strictEqual(output.trim(), expected);
  }));
}

const echo = cp.spawn('echo', ['foo'], { encoding: 'utf8', shell: true });
assert.strictEqual(echo.spawnargs[echo.spawnargs.length - 1].replace(/"/g, ''), 'echo foo');
expectOutput(echo, 'foo');

expectOutput(cp.spawn('echo bar | cat', { encoding: 'utf8', shell: true }), 'bar');

expectOutput(cp.spawn(`"${common.isWindows ? process.execPath : '$NODE'}" -pe process.env.BAZ`, {
  env: { ...process.env, BAZ: 'buzz', NODE: process.execPath },
  encoding: 'utf8',
  shell: true,
}), 'buzz');
