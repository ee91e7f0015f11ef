'use strict';

// process.exit / reallyExit and the 'exit' event, shared by the loop's natural end and explicit exits.

function currentCode() {
  return (+(process.exitCode ?? 0)) | 0;
}

function emitExit(code) {
  if (process._exiting) return currentCode();
  process._exiting = true;
  if (code !== undefined) process.exitCode = code;
  process.emit('exit', currentCode());
  return currentCode();
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  const finalCode = emitExit(code);
  reallyExit(currentCode());
}

function reallyExit(code) {
  internalBinding('process').reallyExit(code | 0);
}

module.exports = { emitExit, exit, reallyExit };
