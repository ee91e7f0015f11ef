// execa 9 (ESM): template forms, lines, pipes, node children over IPC, cancellation.
import { execa, execaSync, execaNode, $ } from 'execa';

const r = await execa('echo', ['unicorns']);
console.log(r.stdout, r.exitCode, r.command);
try {
  await execa('sh', ['-c', 'echo oops >&2; exit 2']);
} catch (e) {
  console.log('fail', e.exitCode, e.stderr, e.shortMessage);
}
console.log(JSON.stringify(execaSync('printf', ['a\\nb']).stdout));
console.log((await $`echo ${'with space'}`).stdout);
console.log((await execa({ lines: true })`printf ${'x\ny\n'}`).stdout);
console.log(JSON.stringify((await execa('printf', ['b\na\n']).pipe('sort')).stdout));
console.log('node', (await execaNode('print-args.js', ['y'])).stdout);
const ipc = execaNode('ipc-child.mjs', { ipc: true });
await ipc.sendMessage({ hello: 'child' });
console.log('ipc', await ipc.getOneMessage());
await ipc;
const controller = new AbortController();
const sleeping = execa('sleep', ['5'], { cancelSignal: controller.signal });
setTimeout(() => controller.abort(), 100);
try {
  await sleeping;
} catch (e) {
  console.log('canceled', e.isCanceled, e.signal);
}
const sum = await execa({ input: '1\n2\n3\n' })`awk ${'{ s += $1 } END { print s }'}`;
console.log('awk', sum.stdout);
