'use strict';
// With reusePort, two forked workers can each listen on the port the parent is listening on.
const common = require('../common');
const { checkSupportReusePort, options } = require('../common/net');
const assert = require('assert');
const { fork } = require('child_process');
const net = require('net');

if (!process.env.isWorker) {
  checkSupportReusePort().then(() => {
    const server = net.createServer();
    server.listen(options, common.mustCall(() => {
      const env = { ...process.env, isWorker: 1, port: server.address().port };
      let running = 2;
      for (let i = 0; i < 2; i++) {
        fork(__filename, { env }).on('exit', common.mustCall((code) => {
          assert.strictEqual(code, 0);
          if (--running === 0) server.close();
        }));
      }
    }));
  }, () => {
    common.skip('The `reusePort` option is not supported');
  });
  return;
}

const server = net.createServer();
server.listen({ ...options, port: +process.env.port }, common.mustCall(() => server.close()));
