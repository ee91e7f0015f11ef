'use strict';

// util.debuglog: writes `SECTION PID: message` to stderr when NODE_DEBUG names the section
// (comma separated, `*` wildcards, case-insensitive). NODE_DEBUG is read once, on first use.

let testEnabled;

function initializeDebugEnv() {
  let debugEnv = typeof process !== 'undefined' && process.env ? process.env.NODE_DEBUG : undefined;
  if (debugEnv) {
    debugEnv = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replaceAll('*', '.*').replaceAll(',', '$|^');
    const debugEnvRegex = new RegExp(`^${debugEnv}$`, 'i');
    testEnabled = (str) => debugEnvRegex.exec(str) !== null;
  } else {
    testEnabled = () => false;
  }
}

// FORCE_COLOR wins (as tty.getColorDepth reads it); otherwise a TTY with more than 4 colors.
function shouldColorize(stream) {
  const force = process.env ? process.env.FORCE_COLOR : undefined;
  if (force !== undefined) return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

const debugImpls = Object.create(null);
function noop() {}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      debugImpls[set] = function debug(...args) {
        const { format, formatWithOptions, inspect } = require('internal/util/inspect');
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  let enabled;
  function init() {
    if (testEnabled === undefined) initializeDebugEnv();
    set = set.toUpperCase();
    enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog, shouldColorize };
