'use strict';

// node:constants (deprecated): os.constants' errno, signals and priority numbers plus fs.constants, flattened.
const os = require('os');

const constants = {};
Object.assign(constants, os.constants.dlopen, os.constants.errno, os.constants.priority, os.constants.signals);
let fsConstants;
try {
  fsConstants = require('fs').constants;
} catch {
  fsConstants = undefined; // fs is not built yet; its constants join once it is
}
if (fsConstants) Object.assign(constants, fsConstants);
module.exports = constants;
