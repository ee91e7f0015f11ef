'use strict';

// fork(): spawn process.execPath (gnode) with execArgv and an IPC channel on an extra fd.
const { codes } = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      options.push(stdio, stdio, stdio);
      break;
    case 'inherit':
      options.push(0, 1, 2);
      break;
    default:
      throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function fork(childProcess, modulePath, args, options) {
  if (modulePath !== null && typeof modulePath === 'object' && typeof modulePath.href === 'string') {
    modulePath = require('url').fileURLToPath(modulePath);
  }
  validateString(modulePath, 'modulePath');
  if (modulePath.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE('modulePath', modulePath, 'must be a string without null bytes');
  }

  let execArgv;
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateString(options.execPath, 'options.execPath');

  execArgv = options.execArgv || process.execArgv;
  validateArray(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) {
      execArgv = execArgv.slice(0);
      execArgv.splice(index - 1, 2);
    }
  }
  args = [...execArgv, modulePath, ...args];

  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new codes.ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return childProcess.spawn(options.execPath, args, options);
}

module.exports = { fork, stdioStringToArray };
