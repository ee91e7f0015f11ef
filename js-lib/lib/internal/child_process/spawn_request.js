'use strict';

// The spawn request in the shape the native binding takes: primitives only. Every member the native side read
// from a JS object would be one interop call, and those dominated a spawn. Lists travel '\0'-joined (validation
// has ruled out NUL bytes) with their length, so that an empty list and a list of one '' stay apart.

let lastEnvPairs = null;
let lastEnvJoined = '';

function joinStrings(list) {
  let joined = '';
  for (let i = 0; i < list.length; i++) joined += i === 0 ? `${list[i]}` : `\0${list[i]}`;
  return joined;
}

function sameStrings(a, b) {
  if (b === null || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

// 'p' a new pipe, 'i' /dev/null, a number the parent fd to share, '' closed in the child.
function encodeStdio(stdio) {
  let out = '';
  for (let i = 0; i < stdio.length; i++) {
    if (i > 0) out += ',';
    const s = stdio[i];
    if (s == null) continue;
    const type = s.type;
    if (type === 'pipe' || type === 'overlapped' || type === 'ipc') out += 'p';
    else if (type === 'ignore') out += 'i';
    else if (type === 'fd' || type === 'inherit') out += `${s.fd | 0}`;
  }
  return out;
}

// Calls `spawn(file, argc, args, envc, env, cwd, stdio, detached, uid, gid, ...rest)` of the binding.
function callWithRequest(binding, method, options, ...rest) {
  const args = options.args || [];
  const envPairs = options.envPairs;
  let envCount = -1;
  let env = '';
  if (envPairs !== undefined && envPairs !== null) {
    envCount = envPairs.length;
    // Most spawns pass the same environment: comparing is cheaper than joining again.
    if (!sameStrings(envPairs, lastEnvPairs)) {
      lastEnvJoined = joinStrings(envPairs);
      lastEnvPairs = envPairs.slice();
    }
    env = lastEnvJoined;
  }
  return binding[method](
    options.file, args.length, joinStrings(args), envCount, env,
    // '' like undefined and null: the child starts in our working directory.
    options.cwd ? options.cwd : process.cwd(),
    encodeStdio(options.stdio), !!options.detached,
    options.uid === undefined ? -1 : options.uid,
    options.gid === undefined ? -1 : options.gid,
    ...rest);
}

module.exports = { callWithRequest };
