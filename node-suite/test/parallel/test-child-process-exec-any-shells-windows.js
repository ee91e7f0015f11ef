'use strict';
// Windows only: exec() works with cmd, PowerShell and bash given as options.shell, also when the shell's
// path contains spaces.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

if (!common.isWindows) common.skip('Windows specific test.');

tmpdir.refresh();
const spacedDir = `${tmpdir.path}\\path with spaces`;
fs.mkdirSync(spacedDir);

function echoWith(shell) {
  cp.exec('echo foo bar', { shell }, common.mustSucceed((stdout, stderr) => {
    assert.ok(!stderr);
    assert.ok(stdout.includes('foo') && stdout.includes('bar'));
  }));
}

// A symlink under a path with spaces checks argv0 quoting.
function echoWithLinkTo(linkName, target) {
  const link = `${spacedDir}\\${linkName}`;
  fs.symlinkSync(target, link);
  echoWith(link);
}

const system32 = `${process.env.SystemRoot}\\System32`;

echoWith(true);
echoWith('cmd');
echoWithLinkTo('cmd.exe', `${system32}\\cmd.exe`);
echoWith('cmd.exe');
echoWith('CMD');

echoWith('powershell');
echoWithLinkTo('powershell.exe', `${system32}\\WindowsPowerShell\\v1.0\\powershell.exe`);
fs.writeFile(`${spacedDir}\\test file`, 'Test', common.mustSucceed(() => {
  cp.exec(`Get-ChildItem "${spacedDir}" | Select-Object -Property Name`, { shell: 'PowerShell' },
          common.mustSucceed((stdout, stderr) => {
            assert.ok(!stderr);
            assert.ok(stdout.includes('test file'));
          }));
}));

// Every bash found (WSL, Git) when there is one.
cp.exec('where bash', common.mustCall((err, stdout) => {
  if (err) return;
  stdout.trim().split(/[\r\n]+/g).forEach((line, i) => {
    const bash = line.trim();
    echoWith(bash);
    echoWithLinkTo(`bash_${i}.exe`, bash);
  });
}));
