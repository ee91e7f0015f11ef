'use strict';
// send(..., socket, { keepOpen: true }) leaves the socket usable in the sender: the child writes
// 'child', then the parent writes 'parent' to the same connection.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  process.on('message', common.mustCall((message, socket) => {
    assert.strictEqual(message, 'socket');
    socket.write('child', () => process.send('child_done'));
  }));
} else {
  let received = '';
  process.on('exit', () => {
    assert.strictEqual(received, 'childparent');
  });

  const child = cp.fork(__filename, ['child']);
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
  }));

  const server = net.createServer(common.mustCall((socket) => {
    child.on('message', common.mustCall((message) => {
      assert.strictEqual(message, 'child_done');
      socket.end('parent', () => {
        server.close();
        child.disconnect();
      });
    }));
    child.send('socket', socket, { keepOpen: true }, common.mustSucceed());
  }));

  server.listen(0, () => {
    const client = net.connect(server.address().port, common.localhostIPv4);
    client.setEncoding('utf8');
    client.on('data', (chunk) => { received += chunk; });
  });
}
