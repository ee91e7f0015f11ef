'use strict';
// Detects whether the platform lets two UDP sockets share a port (SO_REUSEPORT).

const dgram = require('dgram');

const options = { type: 'udp4', reusePort: true };

function checkSupportReusePort() {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(options);
    socket.on('listening', () => socket.close(resolve));
    socket.on('error', (err) => {
      console.log('The `reusePort` option is not supported:', err.message);
      socket.close();
      reject(err);
    });
    socket.bind(0);
  });
}

module.exports = { checkSupportReusePort, options };
