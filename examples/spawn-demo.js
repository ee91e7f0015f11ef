'use strict';
// gnode's first-run example: the main forms of node:child_process, each printing what it saw.
const { spawn, exec, execFile, execSync, fork } = require('node:child_process');
const { promisify } = require('node:util');

if (process.argv[2] === 'child') {
  // Forked child: answer over the IPC channel, then leave.
  process.on('message', (m) => {
    process.send({ reply: `pong to ${m.ping}`, pid: process.pid });
    process.disconnect();
  });
  return;
}

async function main() {
  console.log(`gnode ${process.versions.gnode} (Node ${process.version} API) pid ${process.pid}`);

  await new Promise((resolve) => {
    const ls = spawn('ls', ['-1', __dirname]);
    let names = '';
    ls.stdout.on('data', (chunk) => { names += chunk; });
    ls.on('close', (code) => {
      console.log(`spawn ls -> exit ${code}, ${names.trim().split('\n').length} entries`);
      resolve();
    });
  });

  const { stdout } = await promisify(exec)('echo "shell says $((6 * 7))" | tr a-z A-Z');
  console.log(`exec -> ${stdout.trim()}`);

  await new Promise((resolve) => execFile('uname', ['-s'], (err, out) => {
    console.log(`execFile uname -> ${err ? err.message : out.trim()}`);
    resolve();
  }));

  console.log(`execSync -> ${execSync('printf sync').toString()}`);

  await new Promise((resolve) => {
    const bad = spawn('no-such-command-gnode');
    bad.on('error', (err) => console.log(`spawn error -> ${err.code} (${err.message})`));
    bad.on('close', resolve);
  });

  await new Promise((resolve) => {
    const child = fork(__filename, ['child']);
    child.on('message', (m) => console.log(`fork -> ${m.reply} from a child with pid ${typeof m.pid}`));
    child.on('exit', (code) => { console.log(`fork child exit ${code}`); resolve(); });
    child.send({ ping: 1 });
  });
}

main();
