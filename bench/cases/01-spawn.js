'use strict';
// Case 1: sequential spawn('/bin/true'), each awaited to 'close' (default piped stdio) → ms per spawn.
const { spawn } = require('child_process');
const { nowMs, size, report, metric, fail } = require('../lib/common');

const count = size(300, 5);
// After the first measurement: this many more calls, then `count` again → the warmed-up rate (secondary row).
const warmUp = size(1000, 2);

function spawnAndClose() {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/true');
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error('/bin/true exited ' + code))));
  });
}

async function main() {
  let start = nowMs();
  for (let i = 0; i < count; i++) await spawnAndClose();
  const first = (nowMs() - start) / count;
  for (let i = 0; i < warmUp; i++) await spawnAndClose();
  start = nowMs();
  for (let i = 0; i < count; i++) await spawnAndClose();
  report('spawn', first, 'ms/spawn', { warm: metric((nowMs() - start) / count, 'ms/spawn'), n: count });
}

main().catch((err) => fail(err.stack));
