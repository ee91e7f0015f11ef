'use strict';
// options.cwd: a missing directory fails with ENOENT (no pid, no 'exit'), non-file URLs are rejected,
// existing directories (strings or file URLs) are where the child runs, and '', undefined, null mean "inherit".
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const { spawn } = require('child_process');

tmpdir.refresh();

// Runs pwd with `options`; checks the pid's type, the exit code and, when given, pwd's trimmed output.
function runPwd(options, pidType, exitCode = 0, expectedDir, exits = true) {
  const child = spawn(...common.pwdCommand, options);
  assert.strictEqual(typeof child.pid, pidType);

  let printed = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => { printed += chunk; });

  // Node documents that 'exit' may or may not follow an 'error'; for a bad cwd it does not.
  child.on('exit', exits ? common.mustCall((code) => {
    assert.strictEqual(code, exitCode);
  }) : common.mustNotCall());

  child.on('close', common.mustCall(() => {
    if (!expectedDir) return;
    if (common.isWindows) {
      assert.strictEqual(printed.trim().toLowerCase(), expectedDir.toLowerCase());
    } else {
      assert.strictEqual(printed.trim(), expectedDir);
    }
  }));
  return child;
}

runPwd({ cwd: 'does-not-exist' }, 'undefined', -1, undefined, false)
  .on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
  }));

assert.throws(() => runPwd({ cwd: new URL('http://example.com/') }, 'number', 0, tmpdir.path),
              /The URL must be of scheme file/);
if (!common.isWindows) {
  assert.throws(() => runPwd({ cwd: new URL('file://host/dev/null') }, 'number', 0, tmpdir.path),
                /File URL host must be "localhost" or empty on/);
}

runPwd({ cwd: tmpdir.path }, 'number', 0, tmpdir.path);
const systemDir = common.isWindows ? process.env.windir : '/dev';
runPwd({ cwd: systemDir }, 'number', 0, systemDir);
runPwd({ cwd: tmpdir.fileURL() }, 'number', 0, tmpdir.path);

// Values that mean "no cwd given" must not reach chdir().
runPwd({ cwd: '' }, 'number');
runPwd({ cwd: undefined }, 'number');
runPwd({ cwd: null }, 'number');
