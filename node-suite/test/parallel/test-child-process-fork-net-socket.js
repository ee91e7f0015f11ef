'use strict';
// A connected net.Socket sent to a child keeps working there: the child ends it with 'echo' and the
// client sees exactly that before 'close'.
const { mustCall, mustCallAtLeast } = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');

if (process.argv[2] === 'child') {
  const onSocket = mustCall((message, socket) => {
    if (message.what !== 'socket') return;
    process.removeListener('message', onSocket);
    socket.end('echo');
  });
  process.on('message', onSocket);
  process.send({ what: 'ready' });
} else {
  const child = fork(process.argv[1], ['child']);
  child.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, 0, `CHILD: died with ${code}, ${signal}`);
  }));

  const handOverSocket = () => {
    const server = net.createServer();
    server.on('connection', mustCall((socket) => child.send({ what: 'socket' }, socket)));
    server.on('close', mustCall());
    server.listen(0, mustCall(() => {
      const client = net.connect(server.address().port);
      let received = '';
      client.on('data', mustCallAtLeast((chunk) => { received += chunk; }));
      client.on('close', mustCall(() => {
        assert.strictEqual(received, 'echo');
        server.close();
      }));
    }));
  };

  const onReady = mustCall((message) => {
    if (message.what !== 'ready') return;
    child.removeListener('message', onReady);
    handOverSocket();
  });
  child.on('message', onReady);
}
