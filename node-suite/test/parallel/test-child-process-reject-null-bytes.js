'use strict';
// Every string that reaches a system call (command, file, args, modulePath, cwd, argv0, shell, env keys
// and values, execPath, execArgv) is rejected with ERR_INVALID_ARG_VALUE when it contains a NUL byte
// (Node issue 44768).
const { mustNotCall } = require('../common');
const assert = require('assert');
const { exec, execFile, execFileSync, execSync, fork, spawn, spawnSync } = require('child_process');

const rejected = (fn) => assert.throws(fn, { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
const bad = 'BBB\0XXX';

// command
rejected(() => exec(`${process.execPath} ${__filename} AAA ${bad} CCC`, mustNotCall()));
rejected(() => exec(`${bad} AAA CCC`, mustNotCall()));
rejected(() => execSync(`${process.execPath} ${__filename} AAA ${bad} CCC`));
rejected(() => execSync(`${bad} AAA CCC`));

// file
rejected(() => spawn(bad));
rejected(() => execFile(bad, mustNotCall()));
rejected(() => execFileSync(bad));
rejected(() => spawn(bad));
rejected(() => spawnSync(bad));

// modulePath
rejected(() => fork(bad));

// args (exec and execSync take theirs inside the command)
const argsWithNul = [__filename, 'AAA', bad, 'CCC'];
rejected(() => execFile(process.execPath, argsWithNul, mustNotCall()));
rejected(() => execFileSync(process.execPath, argsWithNul));
rejected(() => fork(__filename, ['AAA', bad, 'CCC']));
rejected(() => spawn(process.execPath, argsWithNul));
rejected(() => spawnSync(process.execPath, argsWithNul));

// Options accepted by every function, checked with each of them.
function rejectedEverywhere(options, { withFork = true } = {}) {
  rejected(() => exec(process.execPath, options, mustNotCall()));
  rejected(() => execFile(process.execPath, options, mustNotCall()));
  rejected(() => execFileSync(process.execPath, options));
  rejected(() => execSync(process.execPath, options));
  if (withFork) rejected(() => fork(__filename, options));
  rejected(() => spawn(process.execPath, options));
  rejected(() => spawnSync(process.execPath, options));
}
rejectedEverywhere({ cwd: bad });
rejectedEverywhere({ argv0: bad });
// fork() has no shell option (it always uses none).
rejectedEverywhere({ shell: bad }, { withFork: false });
rejectedEverywhere({ env: { AAA: bad } });
rejectedEverywhere({ env: { [bad]: 'AAA' } });

// fork-only options
rejected(() => fork(__filename, { execPath: bad }));
rejected(() => fork(__filename, { execArgv: ['AAA', bad, 'CCC'] }));
