'use strict';
// Case 9: execSync collecting a large stdout: `head -c 50000000 /dev/zero` with maxBuffer 1e8 → ms.
const { execSync } = require('child_process');
const { nowMs, size, report, fail } = require('../lib/common');

const bytes = size(50000000, 1000000);

const start = nowMs();
const out = execSync('head -c ' + bytes + ' /dev/zero', { maxBuffer: 1e8 });
const ms = nowMs() - start;
if (out.length !== bytes) fail('got ' + out.length + ' bytes, expected ' + bytes);
report('execSync ' + (bytes / 1e6) + ' MB', ms, 'ms', { bytes });
