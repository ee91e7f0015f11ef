'use strict';

// The parts of a built-in that gnode cannot do yet (sockets, servers, compression): the module loads, so tools that
// only reference them at start-up work, and using one fails with ERR_GNODE_NOT_IMPLEMENTED naming it.
const { notImplemented } = require('internal/modules/builtins');

function unavailableFunction(qualifiedName) {
  return function unavailable() {
    throw notImplemented(qualifiedName);
  };
}

function unavailableClass(qualifiedName, Base = Object) {
  return class extends Base {
    constructor() {
      throw notImplemented(qualifiedName);
      super(); // unreachable; a derived constructor must name super
    }
  };
}

module.exports = { unavailableFunction, unavailableClass };
