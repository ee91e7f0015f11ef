'use strict';
// With reusePort, two forked workers can each bind the UDP port the parent has bound.
const common = require('../common');
const { checkSupportReusePort, options } = require('../common/udp');
const assert = require('assert');
const { fork } = require('child_process');
const dgram = require('dgram');

if (!process.env.isWorker) {
  checkSupportReusePort().then(() => {
    const socket = dgram.createSocket(options);
    socket.bind(0, common.mustCall(() => {
      const env = { ...process.env, isWorker: 1, port: socket.address().port };
      let running = 2;
      for (let i = 0; i < 2; i++) {
        fork(__filename, { env }).on('exit', common.mustCall((code) => {
          assert.strictEqual(code, 0);
          if (--running === 0) socket.close();
        }));
      }
    }));
  }, () => {
    common.skip('The `reusePort` is not supported');
  });
  return;
}

const socket = dgram.createSocket(options);
socket.bind(+process.env.port, common.mustCall(() => socket.close()));
