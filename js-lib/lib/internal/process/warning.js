'use strict';

// process.emitWarning and the default 'warning' listener that prints `(node:PID) Name: message`.

function writeWarning(warning) {
  const flag = internalBinding('process').flag;
  if (flag('no-warnings') === true) return;
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  const disabled = flag('disable-warning');
  if (disabled && (disabled === warning.name || disabled === warning.code)) return;
  const trace = flag('trace-warnings') === true ||
    (warning.name === 'DeprecationWarning' && process.traceDeprecation);
  let text = `(node:${process.pid}) `;
  if (warning.code) text += `[${warning.code}] `;
  if (trace && warning.stack) {
    text += warning.stack;
  } else {
    text += typeof warning.toString === 'function' ? warning.toString() : `${warning.name}: ${warning.message}`;
  }
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  if (!trace && !shownTraceHint) {
    shownTraceHint = true;
    const flagName = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `\n(Use \`node ${flagName} ...\` to show where the warning was created)`;
  }
  internalBinding('stdio').writeString(2, text + '\n');
}
let shownTraceHint = false;

function emitWarning(warning, type, code, ctor) {
  const { codes } = require('internal/errors');
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(() => process.emit('warning', warning));
}

function createWarningObject(message, type = 'Warning', code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  const warning = new Error(message);
  warning.name = String(type);
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(warning, ctor || process.emitWarning);
  Error.stackTraceLimit = limit;
  return warning;
}

module.exports = { emitWarning, writeWarning };
