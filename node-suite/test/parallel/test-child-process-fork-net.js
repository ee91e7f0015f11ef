'use strict';
// Sockets sent to forked children work there (Node commit dceebbfa): 12 connections spread over three
// children, each child ends half of them at once and the rest on a 'close' message or on disconnect.
const { mustCall, mustCallAtLeast, platformTimeout } = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');

const COUNT = 12;

if (process.argv[2] === 'child') {
  const stillOpen = [];
  const endAll = () => stillOpen.forEach((socket) => socket.end('end'));

  process.on('message', mustCall((action, socket) => {
    if (!socket) return;
    // action is 'end' or 'write': socket.end('end') or socket.write('write').
    socket[action](action);
    socket.resume();
    socket.on('data', mustCallAtLeast());
    socket.on('end', mustCall());
    if (action === 'write') stillOpen.push(socket);
    socket.on('close', mustCall());
    socket.on('finish', mustCall());
  }, 4));

  process.on('message', mustCall((message) => {
    if (message === 'close') endAll();
  }, 4));

  process.on('disconnect', mustCall(endAll));
} else {
  const children = ['1', '2', '3'].map((id) => fork(process.argv[1], ['child', id]));
  const server = net.createServer();
  let connected = 0;
  let disconnected = 0;

  server.on('connection', (socket) => {
    // Round robin over the children, alternating 'end' and 'write'.
    const slot = connected % 6;
    children[Math.floor(slot / 2)].send(slot % 2 === 0 ? 'end' : 'write', socket);
    connected += 1;
    if (connected === COUNT) closeServer();
  });

  server.on('listening', mustCall(() => {
    for (let n = 0; n < COUNT; n++) {
      const client = net.connect(server.address().port, '127.0.0.1');
      // An error is possible when a child is killed early; 'close' still follows.
      client.on('error', () => {});
      client.on('close', mustCall(() => { disconnected += 1; }));
      client.resume();
    }
  }));

  let serverClosed = false;
  server.on('close', mustCall(() => {
    serverClosed = true;
    for (const child of children) {
      try {
        child.kill();
      } catch {
        // Already gone.
      }
    }
  }));
  server.listen(0, '127.0.0.1');

  // The server only closes once the children have ended every socket they hold.
  function closeServer() {
    server.close();
    setTimeout(mustCall(() => {
      assert(!serverClosed);
      children[0].send('close');
      children[1].send('close');
      children[2].disconnect();
    }), platformTimeout(200));
  }

  process.on('exit', () => {
    assert.strictEqual(server._workers.length, 0);
    assert.strictEqual(disconnected, COUNT);
    assert.strictEqual(connected, COUNT);
  });
}
