'use strict';
// execa 5 (CommonJS): results, failures, sync, kill, input, execa.node (a child of process.execPath).
const execa = require('execa5');

(async () => {
  const r = await execa('echo', ['unicorns']);
  console.log(r.stdout, r.exitCode, r.command, r.failed);
  try {
    await execa('sh', ['-c', 'echo oops >&2; exit 2']);
  } catch (e) {
    console.log('fail', e.exitCode, e.stderr, e.shortMessage);
  }
  console.log(JSON.stringify(execa.sync('printf', ['a\\nb']).stdout));
  const p = execa('sleep', ['5']);
  setTimeout(() => p.kill(), 100);
  try {
    await p;
  } catch (e) {
    console.log('killed', e.isCanceled, e.killed, e.signal);
  }
  try {
    await execa('sleep', ['5'], { timeout: 100 });
  } catch (e) {
    console.log('timeout', e.timedOut, e.signal);
  }
  console.log((await execa('cat', { input: 'piped input' })).stdout);
  console.log((await execa('echo $((6 * 7))', { shell: true })).stdout);
  const all = await execa('sh', ['-c', 'echo 1; sleep 0.05; echo 2 >&2; sleep 0.05; echo 3'], { all: true });
  console.log(JSON.stringify(all.all));
  console.log('node', (await execa.node(require.resolve('./print-args.js'), ['x'])).stdout);
})();
