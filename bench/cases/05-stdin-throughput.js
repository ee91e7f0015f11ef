'use strict';
// Case 5: writing into a child's stdin: 512 MiB in 64 KiB writes into `wc -c`, honouring 'drain'; wc's count is
// checked → MiB/s.
const { spawn } = require('child_process');
const { nowMs, size, report, fail } = require('../lib/common');

const MiB = 1024 * 1024;
const total = size(512, 4) * MiB;
const chunk = Buffer.alloc(64 * 1024, 0x61);

const start = nowMs();
const child = spawn('wc', ['-c'], { stdio: ['pipe', 'pipe', 'inherit'] });
child.on('error', (err) => fail(err.stack));
let output = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (text) => {
  output += text;
});

let written = 0;
function writeSome() {
  while (written < total) {
    written += chunk.length;
    if (!child.stdin.write(chunk)) {
      child.stdin.once('drain', writeSome);
      return;
    }
  }
  child.stdin.end();
}
writeSome();

child.on('close', (code) => {
  const ms = nowMs() - start;
  if (code !== 0) fail('wc exited ' + code);
  const counted = Number(output.trim());
  if (counted !== total) fail('wc counted ' + JSON.stringify(output) + ', expected ' + total);
  report('stdin throughput', total / MiB / (ms / 1000), 'MiB/s', { bytes: total });
});
