'use strict';
// Sending handles to a worker whose channel closes while handles are still queued must not crash
// (Node PR 2847): after 'close' the worker's channel is null and the primary ends normally.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

// Errors a connection can meet while the worker and server shut down (Node issue 3635).
const RACE_ERRORS = ['ECONNRESET', 'ECONNREFUSED', 'EMFILE'];

if (!cluster.isPrimary) {
  // Exit on the first handle so the primary still has handles queued.
  process.on('message', () => process.exit(1));
  return;
}

const server = net.createServer((socket) => {
  if (common.isWindows) {
    socket.on('error', (err) => {
      if (err.code !== 'ECONNRESET') throw err;
    });
  }
  setTimeout(() => socket.destroy(), 100);
});

server.listen(0, common.mustCall(() => {
  const worker = cluster.fork();
  worker.on('error', (err) => {
    if (!RACE_ERRORS.includes(err.code)) throw err;
  });

  const sendConnection = (callback) => {
    const socket = net.connect(server.address().port, () => worker.send({}, socket, callback));
    socket.on('error', (err) => {
      if (!RACE_ERRORS.includes(err.code)) throw err;
    });
  };

  worker.process.once('close', common.mustCall(() => {
    // Reading channel.fd on a closed channel is what used to crash.
    assert.strictEqual(worker.process.channel, null);
    server.close();
  }));

  worker.on('online', common.mustCall(() => {
    sendConnection(common.mustSucceed(() => {
      // The worker may be gone by now; only unexpected errors matter.
      sendConnection((err) => {
        if (err && err.code !== 'ERR_IPC_CHANNEL_CLOSED' && !RACE_ERRORS.includes(err.code)) throw err;
      });
    }));
  }));
}));
