'use strict';
// send() returns true while the backlog is small and false once it should back off: a handle waits for
// its acknowledgement, so one more message fits behind it and the next ones return false.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork, spawn } = require('child_process');
const fixtures = require('../common/fixtures');

// Stays alive and never listens for messages.
const persistent = fixtures.path('child-process-persistent.js');

{
  const child = fork(persistent);
  // The first send always returns true.
  assert.strictEqual(child.send({ h: 'w' }, assert.ifError), true);
  child.kill('SIGKILL');
}

{
  const child = spawn(process.execPath, [persistent], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
  const server = net.createServer(common.mustNotCall()).listen(0, common.mustCall(() => {
    const handle = server._handle;
    assert.strictEqual(child.send('one', handle, assert.ifError), true);
    assert.strictEqual(child.send('two', assert.ifError), true);
    assert.strictEqual(child.send('three', assert.ifError), false);
    const fourth = child.send('four', common.mustSucceed(() => {
      // Drained by now: a handle is accepted again.
      assert.strictEqual(child.send('5', handle, assert.ifError), true);
      child.kill();
      handle.close();
      server.close();
    }));
    assert.strictEqual(fourth, false);
  }));
}
