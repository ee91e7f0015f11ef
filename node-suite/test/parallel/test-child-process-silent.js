'use strict';
// fork({ silent: true }) pipes the child's stdout/stderr to the parent instead of inheriting them, and
// IPC still works both ways.
const common = require('../common');
const assert = require('assert');
const childProcess = require('child_process');

const role = process.argv[2];

if (role === 'pipe') {
  // Must not appear on the primary's own stdout/stderr.
  process.stdout.write('stdout message');
  process.stderr.write('stderr message');
} else if (role === 'ipc') {
  process.send('message from child');
  process.on('message', () => process.send('got message from primary'));
} else if (role === 'primary') {
  const child = childProcess.fork(process.argv[1], ['pipe'], { silent: true });
  // Let the child end by itself.
  child.disconnect();
  child.on('exit', common.mustCall());
} else {
  // Whatever the silent 'pipe' child writes must not leak through 'primary'.
  const primary = childProcess.spawn(process.execPath, [process.argv[1], 'primary']);
  let primaryWroteStdout = false;
  let primaryWroteStderr = false;
  primary.stdout.on('data', () => { primaryWroteStdout = true; });
  primary.stderr.on('data', () => { primaryWroteStderr = true; });

  const child = childProcess.fork(process.argv[1], ['ipc'], { silent: true });
  // Forward by hand so that errors in the child stay visible.
  child.stderr.pipe(process.stderr, { end: false });
  child.stdout.pipe(process.stdout, { end: false });

  let childSent = false;
  let childReceived = false;
  child.on('message', (message) => {
    if (!childSent) childSent = (message === 'message from child');
    if (!childReceived) childReceived = (message === 'got message from primary');
    if (childReceived) child.kill();
  });
  child.send('message to child');

  process.on('exit', () => {
    child.kill();
    primary.kill();
    assert.ok(!primaryWroteStdout);
    assert.ok(!primaryWroteStderr);
    assert.ok(childSent);
    assert.ok(childReceived);
  });
}
