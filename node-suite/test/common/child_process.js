'use strict';
// Helpers for the exec timeout tests.

const assert = require('assert');
const common = require('./');

// No-op outside Windows, where Node works around CMD leaving suspended children behind.
function cleanupStaleProcess() {}

// Long enough that a parent's timeout always fires before the child would print.
const kExpiringChildRunTime = common.platformTimeout(20 * 1000);
const kExpiringParentTimer = 1;
assert(kExpiringChildRunTime > kExpiringParentTimer);

// What the child side of those tests does: print one line to each stream after `ms`.
function logAfterTime(ms) {
  setTimeout(() => {
    console.log('child stdout');
    console.error('child stderr');
  }, ms);
}

module.exports = {
  cleanupStaleProcess,
  kExpiringChildRunTime,
  kExpiringParentTimer,
  logAfterTime,
};
