'use strict';

// The engine hooks pure JavaScript cannot do itself, provided (optionally) by the host as
// internalBinding('util'). Every function is optional; callers fall back when it is missing.
//
//   getProxyDetails(value, showProxy)   undefined if not a Proxy; else showProxy ? [target, handler]
//                                       : target (a revoked proxy gives null / [null, null])
//   getPromiseDetails(promise)          undefined if not a Promise; else [state, result]
//                                       with state 0 pending, 1 fulfilled, 2 rejected
//   previewEntries(obj[, true])         Map/Set iterator or WeakMap/WeakSet entries without consuming:
//                                       called with `true` -> [entries, isKeyValue]; with one argument
//                                       -> entries
//                                       (key/value pairs flattened as [k1, v1, k2, v2, ...])
//   getOwnNonIndexProperties(obj, filter)  own keys that are not array indices; filter 0 = all,
//                                       2 = only enumerable (V8's PropertyFilter bits)
//   getConstructorName(obj)             the engine's class name of obj (V8 GetConstructorName)
//
// These are exactly the names and shapes of Node's own internalBinding('util').

let binding;

function get() {
  if (binding === undefined) {
    binding = {};
    if (typeof internalBinding === 'function') {
      try {
        binding = internalBinding('util') || {};
      } catch {
        binding = {};
      }
    }
  }
  return binding;
}

module.exports = { get };
