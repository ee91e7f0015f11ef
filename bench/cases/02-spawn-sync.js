'use strict';
// Case 2: sequential spawnSync('/bin/true') → ms per call.
const { spawnSync } = require('child_process');
const { nowMs, size, report, metric, fail } = require('../lib/common');

const count = size(300, 5);
// After the first measurement: this many more calls, then `count` again → the warmed-up rate (secondary row).
const warmUp = size(1000, 2);

function spawnSyncOnce() {
  const result = spawnSync('/bin/true');
  if (result.error) fail(result.error.stack);
  if (result.status !== 0) fail('/bin/true exited ' + result.status);
}

let start = nowMs();
for (let i = 0; i < count; i++) spawnSyncOnce();
const first = (nowMs() - start) / count;
for (let i = 0; i < warmUp; i++) spawnSyncOnce();
start = nowMs();
for (let i = 0; i < count; i++) spawnSyncOnce();
report('spawnSync', first, 'ms/call', { warm: metric((nowMs() - start) / count, 'ms/call'), n: count });
