'use strict';
// kill(): SIGTERM by default, killed/signalCode update, the streams end; on Windows every signal maps to
// termination (SIGHUP reports as SIGKILL); kill(0) only probes and leaves the child running.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const cat = spawn(common.isWindows ? 'cmd' : 'cat');
cat.stdout.on('end', common.mustCall());
cat.stderr.on('data', common.mustNotCall());
cat.stderr.on('end', common.mustCall());
cat.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(cat.signalCode, 'SIGTERM');
}));
assert.strictEqual(cat.signalCode, null);
assert.strictEqual(cat.killed, false);
cat.kill();
assert.strictEqual(cat.killed, true);

if (common.isWindows) {
  const expectSignal = (sent, reported) => {
    const shell = spawn('cmd');
    shell.on('exit', (code, signal) => {
      assert.strictEqual(code, null);
      assert.strictEqual(signal, reported);
    });
    shell.kill(sent);
  };
  for (const sent of ['SIGTERM', 'SIGKILL', 'SIGQUIT', 'SIGINT']) expectSignal(sent, sent);
  expectSignal('SIGHUP', 'SIGKILL');
}

// Signal 0 checks liveness without harming the child, which then exits 0 once stdin gets data.
const probeScript = `const interval = setInterval(() => {}, 1000);
process.stdin.on('data', () => { clearInterval(interval); });
process.stdout.write('x');`;
const probed = spawn(process.execPath, ['-e', probeScript]);
probed.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
probed.stdout.on('data', common.mustCall((chunk) => {
  assert.strictEqual(chunk.toString(), 'x');
  probed.kill(0);
  probed.stdin.write('x');
  probed.stdin.end();
}));
