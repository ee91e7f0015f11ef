'use strict';
// A listening net.Server sent to a child is shared: connections are spread over parent and child, and
// after both close their copy the child exits 0.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');
const Countdown = require('../common/countdown');

if (process.argv[2] === 'child') {
  let sharedServer;

  // Node notes that the number of 'message' and 'connection' events here varies by platform, so only
  // their effects are checked.
  const onServer = (message, server) => {
    if (message.what !== 'server') return;
    process.removeListener('message', onServer);
    sharedServer = server;
    server.on('connection', (socket) => {
      process.send({ what: 'connection' });
      socket.destroy();
    });
    process.send({ what: 'listening' });
  };
  process.on('message', onServer);

  const onClose = common.mustCallAtLeast((message) => {
    if (message.what !== 'close') return;
    process.removeListener('message', onClose);
    sharedServer.on('close', common.mustCall(() => process.send({ what: 'close' })));
    sharedServer.close();
  });
  process.on('message', onClose);

  process.send({ what: 'ready' });
} else {
  const child = fork(process.argv[1], ['child']);
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0, `CHILD: died with ${code}, ${signal}`);
  }));

  const shareServer = (done) => {
    const server = net.createServer();

    // Once all 4 connections were accepted (by either side) and all 4 clients closed, close our copy.
    const bothCounted = new Countdown(2, common.mustCall(() => {
      server.on('close', common.mustCall(() => child.send({ what: 'close' })));
      server.close();
    }));
    const accepted = new Countdown(4, () => bothCounted.dec());
    const clientsClosed = new Countdown(4, () => bothCounted.dec());

    server.on('connection', (socket) => {
      socket.destroy();
      accepted.dec();
    });
    server.on('listening', common.mustCall(() => child.send({ what: 'server' }, server)));
    server.listen(0);

    const onChildMessage = common.mustCallAtLeast((message) => {
      if (message.what === 'listening') {
        for (let i = 0; i < 4; i++) {
          const client = net.connect(server.address().port, common.mustCall());
          client.on('close', common.mustCall(() => clientsClosed.dec()));
        }
      } else if (message.what === 'connection') {
        accepted.dec();
      } else if (message.what === 'close') {
        child.removeListener('message', onChildMessage);
        done();
      }
    });
    child.on('message', onChildMessage);
  };

  const onReady = common.mustCall((message) => {
    if (message.what !== 'ready') return;
    child.removeListener('message', onReady);
    shareServer(common.mustCall());
  });
  child.on('message', onReady);
}
