'use strict';
// A bound UDP socket sent to a forked child is shared: datagrams sent to its port reach both the parent
// and the child.
const common = require('../common');
if (common.isWindows) common.skip('Sending dgram sockets to child processes is not supported');

const dgram = require('dgram');
const { fork } = require('child_process');
const assert = require('assert');

if (process.argv[2] === 'child') {
  process.once('message', (_, socket) => {
    socket.once('message', () => {
      process.send('gotMessage');
      socket.close();
    });
    process.send('handleReceived');
  });
} else {
  const shared = dgram.createSocket('udp4');
  const sender = dgram.createSocket('udp4');
  const child = fork(__filename, ['child']);
  const payload = Buffer.from('Some bytes');
  let parentGot = false;
  let childGot = false;

  shared.once('message', () => {
    parentGot = true;
    shared.close();
  });

  // Keep sending until both sides have received at least one datagram.
  const sendUntilBothReceived = () => {
    const port = shared.address().port;
    const timer = setInterval(() => {
      if (parentGot && childGot) {
        clearInterval(timer);
        sender.close();
      } else {
        sender.send(payload, 0, payload.length, port, '127.0.0.1', common.mustSucceed());
      }
    }, 1);
  };

  shared.on('listening', () => {
    child.send('server', shared);
    child.on('message', (message) => {
      if (message === 'gotMessage') childGot = true;
      else if (message === 'handleReceived') sendUntilBothReceived();
    });
  });
  shared.bind(0, '127.0.0.1');

  process.once('exit', () => {
    assert(parentGot);
    assert(childGot);
  });
}
