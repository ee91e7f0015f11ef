'use strict';
// Case 8: many concurrent `sleep 0.5` children with piped stdio, all started at once and awaited to 'close'
// → wall ms, and the parent's peak RSS (VmHWM, read through a child so that no fs module is needed).
const { spawn, execFileSync } = require('child_process');
const { nowMs, size, report, metric, fail } = require('../lib/common');

const count = size(500, 10);

function sleeper() {
  return new Promise((resolve, reject) => {
    const child = spawn('sleep', ['0.5']);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('sleep exited ' + code))));
  });
}

function peakRssMiB() {
  const status = execFileSync('cat', ['/proc/' + process.pid + '/status'], { encoding: 'utf8' });
  const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
  if (!match) fail('no VmHWM in /proc/' + process.pid + '/status');
  return Number(match[1]) / 1024;
}

async function main() {
  const start = nowMs();
  const children = [];
  for (let i = 0; i < count; i++) children.push(sleeper());
  await Promise.all(children);
  const ms = nowMs() - start;
  report('concurrent ' + count + ' × sleep 0.5', ms, 'ms', {
    peak_rss: metric(peakRssMiB(), 'MiB'),
    n: count,
  });
}

main().catch((err) => fail(err.stack));
