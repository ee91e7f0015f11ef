'use strict';
// Detects whether the platform lets two TCP servers share a port (SO_REUSEPORT).

const net = require('net');

const options = { port: 0, reusePort: true };

function checkSupportReusePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('listening', () => server.close(resolve));
    server.on('error', (err) => {
      console.log('The `reusePort` option is not supported:', err.message);
      server.close();
      reject(err);
    });
    server.listen(options);
  });
}

module.exports = { checkSupportReusePort, options };
