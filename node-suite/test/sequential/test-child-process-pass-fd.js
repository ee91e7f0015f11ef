'use strict';
// 80 workers each send a connected socket to the parent. The sender must keep the handle open until
// the receiver acknowledges it (some macOS versions closed it early); every socket then still delivers
// 'hello' to the parent.
const common = require('../common');

if (common.isPi()) common.skip('Too slow for Raspberry Pi devices');

const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');

const WORKERS = 80;
let handlesReceived = 0;

function forkWorker() {
  const worker = fork(__filename, ['child']);
  const onHandle = common.mustCall((message, handle) => {
    handlesReceived++;
    assert.strictEqual(message, 'handle');
    assert.ok(handle);
    worker.send('got');

    let data = '';
    handle.on('data', common.mustCall((chunk) => { data += chunk; }));
    handle.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'hello');
      worker.kill();
    }));
  });
  worker.on('error', (err) => {
    // Too many processes at once: try again.
    if (/\bEAGAIN\b/.test(err.message)) {
      forkWorker();
      return;
    }
    throw err;
  });
  worker.once('message', onHandle);
}

if (process.argv[2] !== 'child') {
  for (let i = 0; i < WORKERS; ++i) forkWorker();
  process.on('exit', () => {
    assert.strictEqual(handlesReceived, WORKERS);
  });
} else {
  let client;
  let ready = 0;
  // Send once both the server side and the client side are connected.
  const whenBothConnected = () => {
    if (++ready === 2) process.send('handle', client);
  };

  // The 'message' listener refs the IPC channel: it alone keeps this worker alive (the sockets are
  // unref'd), so an orphaned worker exits at once.
  process.on('message', common.mustCall());

  const server = net.createServer(common.mustCall((connection) => {
    process.once('message', common.mustCall((message) => {
      assert.strictEqual(message, 'got');
      connection.end('hello');
    }));
    whenBothConnected();
  })).unref();
  server.listen(0, common.localhostIPv4, () => {
    client = net.connect(server.address().port, common.localhostIPv4, whenBothConnected).unref();
  });
}
