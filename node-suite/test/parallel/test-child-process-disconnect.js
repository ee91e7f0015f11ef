'use strict';
// disconnect(): the 'disconnect' event is emitted asynchronously on both sides, connected turns false,
// a second disconnect() throws ERR_IPC_DISCONNECTED, and the child can then exit on its own.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  // If 'disconnect' were emitted synchronously inside disconnect(), this listener would miss it.
  const realDisconnect = process.disconnect;
  process.disconnect = common.mustCall(function(...args) {
    realDisconnect.apply(this, args);
    process.once('disconnect', common.mustCall(disconnectIsNotAsync));
    function disconnectIsNotAsync() {}
  });

  const server = net.createServer((socket) => {
    socket.resume();
    // Tell the parent, over TCP, what `connected` reads once disconnected.
    process.on('disconnect', () => socket.end(String(process.connected)));
    // The parent closing its side lets the server, and so the process, finish.
    socket.on('end', () => server.close());
    socket.write('ready');
  });
  server.on('listening', () => process.send({ msg: 'ready', port: server.address().port }));
  server.listen(0);
} else {
  const child = fork(process.argv[1], ['child']);
  let childConnectedAfter = false;
  let parentConnectedAfter = false;

  child.on('disconnect', common.mustCall(() => {
    parentConnectedAfter = child.connected;
  }));
  // No signal is sent: the child must exit by itself.
  child.on('exit', common.mustCall());

  child.on('message', common.mustCallAtLeast((message) => {
    if (!message || message.msg !== 'ready') return;
    const socket = net.connect(message.port);
    socket.on('data', common.mustCallAtLeast((chunk) => {
      const text = chunk.toString();
      if (text === 'ready') {
        child.disconnect();
        assert.throws(() => child.disconnect(), { code: 'ERR_IPC_DISCONNECTED' });
        return;
      }
      childConnectedAfter = (text === 'true');
    }));
  }));

  process.on('exit', () => {
    assert.strictEqual(childConnectedAfter, false);
    assert.strictEqual(parentConnectedAfter, false);
  });
}
