'use strict';
// Case 4: a child's stdout read through 'data' events: `head -c 512MiB /dev/zero` → MiB/s.
const { spawn } = require('child_process');
const { nowMs, size, report, fail } = require('../lib/common');

const MiB = 1024 * 1024;
const total = size(512, 4) * MiB;

const start = nowMs();
let received = 0;
const child = spawn('head', ['-c', String(total), '/dev/zero'], { stdio: ['ignore', 'pipe', 'inherit'] });
child.on('error', (err) => fail(err.stack));
child.stdout.on('data', (chunk) => {
  received += chunk.length;
});
child.on('close', (code) => {
  const ms = nowMs() - start;
  if (code !== 0) fail('head exited ' + code);
  if (received !== total) fail('received ' + received + ' bytes, expected ' + total);
  report('stdout throughput', total / MiB / (ms / 1000), 'MiB/s', { bytes: total });
});
