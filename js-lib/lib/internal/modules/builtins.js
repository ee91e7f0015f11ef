'use strict';

// The one list of Node's built-in modules: those gnode has (a file under js-lib/lib/node/; some, like net and http,
// only in part, their missing functions failing loudly when called) and those it does not have yet, which fail
// loudly when required instead of being silent stubs.
const { loadBuiltin, builtinExists } = require('internal/bootstrap/realm');

// Every Node v25 built-in name (without `node:`).
const NODE_BUILTINS = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers',
  'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
// Reachable only with the `node:` prefix.
const SCHEME_ONLY = ['sea', 'sqlite', 'test', 'test/reporters'];

const builtinSet = new Set(NODE_BUILTINS);
const schemeOnlySet = new Set(SCHEME_ONLY);

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) {
    const name = id.slice(5);
    return builtinSet.has(name) || schemeOnlySet.has(name);
  }
  return builtinSet.has(id);
}

// `name` is a module ('dgram') or a part of one ('http.request').
function notImplemented(name) {
  const dot = name.indexOf('.');
  const what = dot === -1 ? `the Node built-in module 'node:${name}'` : `${name} (node:${name.slice(0, dot)})`;
  const err = new Error(`gnode: ${what} is not implemented in gnode yet`);
  err.code = 'ERR_GNODE_NOT_IMPLEMENTED';
  return err;
}

// Loads a public built-in by request ('fs', 'node:fs'); returns undefined when `id` names no built-in,
// unless `strict` (process.getBuiltinModule), where an unknown name also gives undefined.
function loadPublicBuiltin(id, strict) {
  if (!isBuiltin(id)) return undefined;
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (!builtinExists('node/' + name)) throw notImplemented(name);
  return loadBuiltin('node/' + name);
}

function canBeRequiredWithoutScheme(id) {
  return builtinSet.has(id);
}

module.exports = {
  builtinModules: NODE_BUILTINS.filter((n) => !n.startsWith('_') || n.startsWith('_stream') ||
    n.startsWith('_http') || n.startsWith('_tls')),
  isBuiltin,
  loadPublicBuiltin,
  canBeRequiredWithoutScheme,
  notImplemented,
};
