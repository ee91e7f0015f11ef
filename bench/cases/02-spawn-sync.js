'use strict';
// Case 2: sequential spawnSync('/bin/true') → ms per call.
const { spawnSync } = require('child_process');
const { nowMs, size, report, fail } = require('../lib/common');

const count = size(300, 5);

const start = nowMs();
for (let i = 0; i < count; i++) {
  const result = spawnSync('/bin/true');
  if (result.error) fail(result.error.stack);
  if (result.status !== 0) fail('/bin/true exited ' + result.status);
}
report('spawnSync', (nowMs() - start) / count, 'ms/call', { n: count });
