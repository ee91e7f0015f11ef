'use strict';
// Sockets handed to a child still count in the parent's server.getConnections() until the child
// closes them, one by one.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');

const COUNT = 12;

if (process.argv[2] === 'child') {
  const received = [];
  const reportClosed = (id) => process.send({ id, status: 'closed' });

  process.on('message', common.mustCall((message, socket) => {
    if (message.cmd === 'new') {
      assert(socket);
      assert(socket instanceof net.Socket, 'should be a net.Socket');
      received.push(socket);
    }
    if (message.cmd === 'close') {
      assert.strictEqual(socket, undefined);
      const target = received[message.id];
      if (target.destroyed) {
        // Node issue 2610: a socket may already be destroyed here; report it closed all the same.
        reportClosed(message.id);
      } else {
        target.once('close', () => reportClosed(message.id));
        target.destroy();
      }
    }
  }, COUNT * 2));
} else {
  const child = fork(process.argv[1], ['child']);
  let killedOnPurpose = false;
  child.on('exit', common.mustCall((code, signal) => {
    if (!killedOnPurpose) assert.fail(`subprocess died unexpectedly! code: ${code} signal: ${signal}`);
  }));

  const server = net.createServer();
  const accepted = [];

  // Ask the child to close socket i, then check the parent's count went down by one.
  const closeFrom = (i) => {
    if (i === COUNT) {
      killedOnPurpose = true;
      server.close();
      child.kill();
      return;
    }
    child.once('message', common.mustCall((message) => {
      assert.strictEqual(message.status, 'closed');
      server.getConnections(common.mustSucceed((open) => {
        assert.strictEqual(open, COUNT - (i + 1));
        closeFrom(i + 1);
      }));
    }));
    child.send({ id: i, cmd: 'close' });
  };

  server.on('connection', common.mustCall((socket) => {
    child.send({ cmd: 'new' }, socket);
    accepted.push(socket);
    if (accepted.length === COUNT) closeFrom(0);
  }, COUNT));

  const clientClosed = common.mustCall(COUNT);
  server.on('listening', common.mustCall(() => {
    for (let n = 0; n < COUNT; n++) {
      net.connect(server.address().port, '127.0.0.1').on('close', clientClosed);
    }
  }));
  server.on('close', common.mustCall());
  server.listen(0, '127.0.0.1');
}
