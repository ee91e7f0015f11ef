'use strict';

// process.exit / reallyExit and the 'exit' event, shared by the loop's natural end and explicit exits.

function emitExit(code) {
  if (process._exiting) return process.exitCode ?? 0;
  process._exiting = true;
  if (code !== undefined) process.exitCode = code;
  process.emit('exit', process.exitCode ?? 0);
  return process.exitCode ?? 0;
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  const finalCode = emitExit(code);
  reallyExit(process.exitCode ?? finalCode ?? 0);
}

function reallyExit(code) {
  internalBinding('process').reallyExit(code | 0);
}

module.exports = { emitExit, exit, reallyExit };
