// Flags: --expose-internals
'use strict';
// spawnSync() killSignal: unknown names throw ERR_UNKNOWN_SIGNAL; otherwise the binding receives the
// signal number (undefined for the default), and a timed-out child is killed with SIGTERM by default,
// or with the given signal (name or number).
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'child') {
  setInterval(() => {}, 1000);
} else {
  const internalCp = require('internal/child_process');
  const realSpawnSync = internalCp.spawnSync;
  const { SIGKILL } = require('os').constants.signals;

  // Spawns a child that never ends with a 100 ms timeout; `inspect` sees the options the binding gets.
  function spawnTimedOut(killSignal, inspect) {
    if (inspect) {
      internalCp.spawnSync = common.mustCall((options) => {
        inspect(options);
        return realSpawnSync(options);
      });
    }
    const result = cp.spawnSync(process.execPath, [__filename, 'child'], { killSignal, timeout: 100 });
    if (inspect) internalCp.spawnSync = realSpawnSync;
    assert.strictEqual(result.status, null);
    assert.strictEqual(result.error.code, 'ETIMEDOUT');
    return result;
  }

  assert.throws(() => spawnTimedOut('SIG_NOT_A_REAL_SIGNAL'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });

  assert.strictEqual(spawnTimedOut(undefined, common.mustCall((options) => {
    assert.strictEqual(options.killSignal, undefined);
  })).signal, 'SIGTERM');

  assert.strictEqual(spawnTimedOut('SIGKILL', common.mustCall((options) => {
    assert.strictEqual(options.killSignal, SIGKILL);
  })).signal, 'SIGKILL');

  assert.strictEqual(typeof SIGKILL, 'number');
  assert.strictEqual(spawnTimedOut(SIGKILL, common.mustCall((options) => {
    assert.strictEqual(options.killSignal, SIGKILL);
  })).signal, 'SIGKILL');
}
