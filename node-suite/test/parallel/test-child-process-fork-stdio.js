'use strict';
// fork() with an explicit stdio array: 'ipc' is required, 'ignore' gives a null stdout, and an extra pipe
// (fd 4) carries data the child can read as a net.Socket.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  process.stdout.write('this should be ignored');
  process.stderr.write('this should not be ignored');

  const extra = new net.Socket({ fd: 4 });
  // Let the process end once the parent disconnects.
  process.on('disconnect', () => extra.unref());
  extra.setEncoding('utf8');
  extra.on('data', (data) => process.send(data));
} else {
  assert.throws(() => cp.fork(__filename, { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] }),
                { code: 'ERR_CHILD_PROCESS_IPC_REQUIRED', name: 'Error' });

  const payload = Buffer.from('data to send via pipe');
  const child = cp.fork(__filename, ['child'], { stdio: [0, 'ignore', 'pipe', 'ipc', 'pipe'] });
  assert.strictEqual(child.stdout, null);

  let echoed = '';
  let stderr = '';
  child.on('message', (message) => {
    echoed += message;
    if (echoed === payload.toString()) child.disconnect();
  });
  child.stderr.on('data', (chunk) => { stderr += chunk; });

  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(stderr, 'this should not be ignored');
  }));

  child.stdio[4].write(payload);
}
