'use strict';
// A child that writes only a 4-byte 'advanced' length header (values around 2^31 and 2^32) to its IPC
// channel and exits must not upset the parent: the child still exits 0 and the parent ends normally.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const fs = require('fs');

if (process.argv[2] === 'child-buffer') {
  const length = Number(process.argv[3]);
  // Big-endian 32-bit length, as the advanced serializer frames its messages.
  const header = Buffer.from([(length >> 24) & 0xFF, (length >> 16) & 0xFF, (length >> 8) & 0xFF, length & 0xFF]);
  const fd = process.channel?.fd;
  if (fd !== undefined) fs.writeSync(fd, header);
  return;
}

for (const length of [0x00000001, 0x7fffffff, 0x80000000, 0x80000001, 0xffffffff]) {
  const child = fork(__filename, ['child-buffer', length], {
    serialization: 'advanced',
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
  }));
}
