'use strict';
// After the child disconnects, a 'message' listener added later does not keep it alive or get called;
// the parent sees 'disconnect' and 'exit'.
const { mustCall, mustNotCall, platformTimeout } = require('../common');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.disconnect();
  setTimeout(() => {
    process.on('message', mustNotCall());
  }, platformTimeout(400));
} else {
  const child = fork(__filename, ['child']);
  child.on('disconnect', mustCall());
  child.once('exit', mustCall());
}
