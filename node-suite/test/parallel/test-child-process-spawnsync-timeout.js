'use strict';
// spawnSync() with a timeout shorter than the child's run: ETIMEDOUT, returns before the child would
// have finished, and the child was killed by a signal.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { getSystemErrorName } = require('util');

const TIMEOUT = 200;
// Windows CI machines need longer to start children (nodejs/build issue 3014).
const CHILD_RUN = common.platformTimeout(common.isWindows ? 15000 : 5000);

if (process.argv[2] === 'child') {
  setTimeout(() => process.exit(1), CHILD_RUN);
} else {
  const started = Date.now();
  const result = spawnSync(process.execPath, [__filename, 'child'], { timeout: TIMEOUT });
  assert.strictEqual(result.error.code, 'ETIMEDOUT');
  assert.strictEqual(getSystemErrorName(result.error.errno), 'ETIMEDOUT');
  assert(Date.now() - started < CHILD_RUN);
  assert(result.status > 128 || result.signal);
}
