// Flags: --expose-internals
'use strict';
// spawnSync() with shell: a shell really runs (127/1 for an unknown command), args are joined into the
// command (DEP0190 warning), pipes and env work, and the shell and its flags are chosen per platform:
// /bin/sh -c, /system/bin/sh on Android, cmd.exe /d /s /c (or %comspec%) on Windows.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const internalCp = require('internal/child_process');

const realSpawnSync = internalCp.spawnSync;

{
  const missing = cp.spawnSync('does-not-exist', { shell: true });
  assert.notStrictEqual(missing.file, 'does-not-exist');
  assert.strictEqual(missing.error, undefined);
  assert.strictEqual(missing.signal, null);
  assert.strictEqual(missing.status, common.isWindows ? 1 : 127);
}

common.expectWarning(
  'DeprecationWarning',
  'Passing args to a child process with shell option true can lead to security ' +
  'vulnerabilities, as the arguments are not escaped, only concatenated.',
  'DEP0190');

internalCp.spawnSync = common.mustCall((options) => {
  assert.strictEqual(options.args[options.args.length - 1].replace(/"/g, ''), 'echo foo');
  return realSpawnSync(options);
});
const echo = cp.spawnSync('echo', ['foo'], { shell: true });
internalCp.spawnSync = realSpawnSync;
assert.strictEqual(echo.stdout.toString().trim(), 'foo');

assert.strictEqual(cp.spawnSync('echo bar | cat', { shell: true }).stdout.toString().trim(), 'bar');

{
  const result = cp.spawnSync(`"${common.isWindows ? process.execPath : '$NODE'}" -pe process.env.BAZ`, {
    env: { ...process.env, BAZ: 'buzz', NODE: process.execPath },
    shell: true,
  });
  assert.strictEqual(result.stdout.toString().trim(), 'buzz');
}

// Shell selection, with process.platform faked and the binding replaced by a checker.
{
  const savedComspec = process.env.comspec;
  const realPlatform = process.platform;
  let fakePlatform = null;
  Object.defineProperty(process, 'platform', { get: () => fakePlatform });

  function expectShell(platform, shell, expectedFile) {
    fakePlatform = platform;
    const command = 'not_a_real_command';
    const isCmd = /^(?:.*\\)?cmd(?:\.exe)?$/i.test(expectedFile);
    const flags = isCmd ? ['/d', '/s', '/c'] : ['-c'];
    internalCp.spawnSync = common.mustCall((options) => {
      assert.strictEqual(options.file, expectedFile);
      assert.deepStrictEqual(options.args, [expectedFile, ...flags, isCmd ? `"${command}"` : command]);
      assert.strictEqual(options.shell, shell);
      assert.strictEqual(options.windowsHide, false);
      assert.strictEqual(options.windowsVerbatimArguments, isCmd);
    });
    cp.spawnSync(command, { shell });
    internalCp.spawnSync = realSpawnSync;
  }

  expectShell('darwin', true, '/bin/sh');
  expectShell('darwin', '/bin/csh', '/bin/csh');
  expectShell('android', true, '/system/bin/sh');
  expectShell('win32', 'powershell.exe', 'powershell.exe');
  delete process.env.comspec;
  expectShell('win32', true, 'cmd.exe');
  process.env.comspec = 'powershell.exe';
  expectShell('win32', true, process.env.comspec);

  fakePlatform = realPlatform;
  if (savedComspec) process.env.comspec = savedComspec;
}
