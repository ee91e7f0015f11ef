'use strict';
// Case 7: fork() of a script until its first IPC message arrives; sequential forks → median ms.
const { fork } = require('child_process');
const { nowMs, size, report, median, fail } = require('../lib/common');

if (process.argv[2] === 'child') {
  // Disconnecting lets the child's event loop end, so it exits by itself.
  process.send('ready', () => process.disconnect());
} else {
  main().catch((err) => fail(err.stack));
}

function forkOnce() {
  return new Promise((resolve, reject) => {
    const start = nowMs();
    let elapsed = -1;
    const child = fork(__filename, ['child']);
    child.on('error', reject);
    child.once('message', () => {
      elapsed = nowMs() - start;
    });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error('child exited ' + code));
      if (elapsed < 0) return reject(new Error('child exited without a message'));
      resolve(elapsed);
    });
  });
}

async function main() {
  const count = size(20, 2);
  const times = [];
  for (let i = 0; i < count; i++) times.push(await forkOnce());
  report('fork → first message', median(times), 'ms', {
    min: Math.round(Math.min(...times) * 1000) / 1000,
    max: Math.round(Math.max(...times) * 1000) / 1000,
    n: count,
  });
}
