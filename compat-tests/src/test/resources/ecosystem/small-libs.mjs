// shelljs, tinyexec, nano-spawn and tree-kill.
import shell from 'shelljs';
import { x } from 'tinyexec';
import spawn from 'nano-spawn';
import treeKill from 'tree-kill';
import { spawn as cpSpawn } from 'node:child_process';

const r = shell.exec('echo shelljs here; exit 3', { silent: true });
console.log('shelljs', r.code, r.stdout.trim());
console.log('shelljs which', Boolean(shell.which('sh')));
const t = await x('echo', ['tinyexec']);
console.log('tinyexec', t.stdout.trim(), t.exitCode);
const n = await spawn('echo', ['nano']);
console.log('nano', n.stdout);
try {
  await spawn('sh', ['-c', 'exit 5']);
} catch (e) {
  console.log('nano fail', e.exitCode, e.message);
}
// The shell never ends by itself (its children may die first, as tree-kill kills them before it).
const tree = cpSpawn('sh', ['-c', 'sleep 10 & sleep 10 & while :; do wait; done']);
await new Promise((resolve) => setTimeout(resolve, 200));
tree.on('exit', (code, signal) => console.log('tree-kill exit', code, signal));
await new Promise((resolve) => treeKill(tree.pid, 'SIGKILL', (err) => {
  console.log('tree-kill callback', err ?? null);
  resolve();
}));
