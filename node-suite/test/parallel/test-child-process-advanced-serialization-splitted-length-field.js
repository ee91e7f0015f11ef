'use strict';
// A message length chosen so that the 4-byte length header of a following message straddles a read
// boundary (Node issue 55834); all 10 messages must still arrive.
const common = require('../common');
const { spawn } = require('child_process');

const MESSAGE_LENGTH = 65521;
const MESSAGES = 10;

if (process.argv[2] === 'child') {
  const payload = Buffer.allocUnsafe(MESSAGE_LENGTH);
  let left = MESSAGES;
  const sendNext = () => {
    if (left-- > 0) {
      process.send(payload, sendNext);
    } else {
      process.disconnect();
    }
  };
  sendNext();
} else {
  const child = spawn(process.execPath, [__filename, 'child'], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  child.on('message', common.mustCall(MESSAGES));
}
