'use strict';
// Case 3: sequential exec('echo hi') (a shell per call) → ms per call.
const { exec } = require('child_process');
const { nowMs, size, report, metric, fail } = require('../lib/common');

const count = size(200, 5);
// After the first measurement: this many more calls, then `count` again → the warmed-up rate (secondary row).
const warmUp = size(800, 2);

function execOnce() {
  return new Promise((resolve, reject) => {
    exec('echo hi', (err, stdout) => {
      if (err) return reject(err);
      if (stdout !== 'hi\n') return reject(new Error('unexpected stdout ' + JSON.stringify(stdout)));
      resolve();
    });
  });
}

async function main() {
  let start = nowMs();
  for (let i = 0; i < count; i++) await execOnce();
  const first = (nowMs() - start) / count;
  for (let i = 0; i < warmUp; i++) await execOnce();
  start = nowMs();
  for (let i = 0; i < count; i++) await execOnce();
  report('exec', first, 'ms/call', { warm: metric((nowMs() - start) / count, 'ms/call'), n: count });
}

main().catch((err) => fail(err.stack));
