'use strict';
// Case 3: sequential exec('echo hi') (a shell per call) → ms per call.
const { exec } = require('child_process');
const { nowMs, size, report, fail } = require('../lib/common');

const count = size(200, 5);

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
  const start = nowMs();
  for (let i = 0; i < count; i++) await execOnce();
  report('exec', (nowMs() - start) / count, 'ms/call', { n: count });
}

main().catch((err) => fail(err.stack));
