'use strict';
// A connection accepted on a unix socket can be a child's stdout; closing everything afterwards lets the
// process exit 0. Runs in a child because the socket keeps the tmpdir busy until exit.
const common = require('../common');
const assert = require('assert');
const { fork, spawn } = require('child_process');
const net = require('net');
const tmpdir = require('../common/tmpdir');

if (process.argv[2] !== 'child') {
  tmpdir.refresh();
  fork(__filename, ['child'], { stdio: 'inherit' }).on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 0);
  }));
  return;
}

const server = net.createServer(common.mustCall((connection) => {
  spawn(process.execPath, ['-v'], { stdio: ['ignore', connection, 'ignore'] })
    .on('close', common.mustCall(() => connection.end()));
}));
server.listen(common.PIPE, common.mustCall(() => {
  const client = net.connect(common.PIPE, common.mustCall());
  client.once('data', () => {
    client.end(() => server.close());
  });
}));
