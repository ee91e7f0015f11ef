'use strict';
// Signals as Node has them: a child with no listener dies BY the signal, a listener takes it instead, and signal
// listeners do not keep the process alive.
const { spawn } = require('node:child_process');
const mode = process.argv[2];
if (mode === 'busy') {
  process.stdout.write('ready\n');
  const t = Date.now();
  while (Date.now() - t < 20000);
} else if (mode === 'listen') {
  process.on('SIGTERM', (name, number) => {
    console.log('listener got', name, number);
    process.exit(3);
  });
  setInterval(() => {}, 1000);
  console.log('ready');
} else if (mode === 'self') {
  process.kill(process.pid, 'SIGINT');
  setTimeout(() => {}, 5000);
} else if (mode === 'self-last') {
  // With no listener the process is gone when kill() returns, even as the last thing the program does.
  process.kill(process.pid, 'SIGTERM');
  console.log('not reached');
} else if (mode === 'idle-listener') {
  process.on('SIGUSR2', () => {});
  console.log('exits anyway');
} else {
  const results = [];
  const modes = ['busy', 'listen', 'self', 'self-last', 'idle-listener', 'ignored-by-parent'];
  let pending = modes.length;
  for (const m of modes) {
    const options = { stdio: ['ignore', 'pipe', 'inherit'] };
    // A shell leaves SIGHUP/SIGINT/SIGTERM ignored for a busy child, which dies by them all the same: node resets
    // every disposition when it starts.
    const c = m === 'ignored-by-parent' ?
      spawn('/bin/sh', ['-c', 'trap "" HUP INT TERM; exec "$0" "$1" busy', process.execPath, __filename], options) :
      spawn(process.execPath, [__filename, m], options);
    let out = '';
    c.stdout.on('data', (d) => {
      out += d;
      if (String(d).includes('ready')) c.kill('SIGTERM');
    });
    c.on('exit', (code, sig) => {
      results.push(`${m}: exit ${code} ${sig} ${JSON.stringify(out.replace('ready\n', ''))}`);
      if (--pending === 0) console.log(results.sort().join('\n'));
    });
  }
}
