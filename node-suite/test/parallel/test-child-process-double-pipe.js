'use strict';
// Emulates `echo ... | grep o | sed s/o/O/` by hand. If spawn leaked pipe fds into the children
// (missing FD_CLOEXEC), grep and sed would never see EOF and would hang.
const { isWindows, mustCall, mustCallAtLeast } = require('../common');
const assert = require('assert');
const os = require('os');
const { spawn } = require('child_process');

let echo, grep, sed;
if (isWindows) {
  grep = spawn('grep', ['--binary', 'o']);
  sed = spawn('sed', ['--binary', 's/o/O/']);
  echo = spawn('cmd.exe', ['/c', 'echo', 'hello&&', 'echo', 'node&&', 'echo', 'and&&', 'echo', 'world']);
} else {
  grep = spawn('grep', ['o']);
  sed = spawn('sed', ['s/o/O/']);
  echo = spawn('echo', ['hello\nnode\nand\nworld\n']);
}

// Connects `from`'s stdout to `to`'s stdin with back-pressure, ending `to`'s stdin at EOF.
function connect(from, to) {
  from.stdout.on('data', mustCallAtLeast((chunk) => {
    if (!to.stdin.write(chunk)) from.stdout.pause();
  }));
  to.stdin.on('drain', () => from.stdout.resume());
  from.stdout.on('end', mustCall(() => to.stdin.end()));
}
connect(echo, grep);
connect(grep, sed);

echo.on('exit', mustCall());
grep.on('exit', mustCall());
sed.on('exit', mustCall());

let output = '';
sed.stdout.on('data', mustCallAtLeast((chunk) => {
  output += chunk.toString('utf8', 0, chunk.length);
}));
sed.stdout.on('end', mustCall(() => {
  assert.strictEqual(output, `hellO${os.EOL}nOde${os.EOL}wOrld${os.EOL}`);
}));
