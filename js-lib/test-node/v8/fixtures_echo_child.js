'use strict';

// A real node IPC child for framing.test.js: echoes every message back and
// disconnects when told to.
process.on('message', (message) => {
  if (message === 'disconnect please') process.disconnect();
  else process.send(message);
});
