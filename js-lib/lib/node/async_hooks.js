'use strict';

// node:async_hooks, basic: AsyncLocalStorage and AsyncResource keep their store across synchronous calls and
// across callbacks bound with bind()/snapshot()/runInAsyncScope(). GraalJS has no async-context propagation hook,
// so a store is NOT carried into promise continuations or timers on its own (a known gap).

let currentFrame = new Map();

function runWithFrame(frame, fn, thisArg, args) {
  const previous = currentFrame;
  currentFrame = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    currentFrame = previous;
  }
}

class AsyncLocalStorage {
  constructor(options = undefined) {
    this._defaultValue = options?.defaultValue;
    this._name = options?.name ?? '';
    this._enabled = false;
  }

  get name() { return this._name; }

  static bind(fn) {
    const frame = currentFrame;
    return function bound(...args) {
      return runWithFrame(frame, fn, this, args);
    };
  }

  static snapshot() {
    const frame = currentFrame;
    return (fn, ...args) => runWithFrame(frame, fn, undefined, args);
  }

  disable() {
    this._enabled = false;
    if (currentFrame.has(this)) {
      currentFrame = new Map(currentFrame);
      currentFrame.delete(this);
    }
  }

  getStore() {
    return currentFrame.has(this) ? currentFrame.get(this) : this._defaultValue;
  }

  enterWith(store) {
    this._enabled = true;
    currentFrame = new Map(currentFrame);
    currentFrame.set(this, store);
  }

  run(store, callback, ...args) {
    this._enabled = true;
    const frame = new Map(currentFrame);
    frame.set(this, store);
    return runWithFrame(frame, callback, undefined, args);
  }

  exit(callback, ...args) {
    const frame = new Map(currentFrame);
    frame.delete(this);
    return runWithFrame(frame, callback, undefined, args);
  }
}

let nextAsyncId = 1;

class AsyncResource {
  constructor(type, options = undefined) {
    const { validateString } = require('internal/validators');
    validateString(type, 'type');
    this._type = type;
    this._asyncId = ++nextAsyncId;
    this._triggerAsyncId = typeof options === 'number' ? options : (options?.triggerAsyncId ?? 1);
    this._frame = currentFrame;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runWithFrame(this._frame, fn, thisArg, args);
  }

  emitDestroy() { return this; }
  asyncId() { return this._asyncId; }
  triggerAsyncId() { return this._triggerAsyncId; }

  bind(fn, thisArg = undefined) {
    const { validateFunction } = require('internal/validators');
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = function (...args) {
      return resource.runInAsyncScope(fn, thisArg === undefined ? this : thisArg, ...args);
    };
    Object.defineProperty(bound, 'length', { value: fn.length, configurable: true });
    return bound;
  }

  static bind(fn, type = undefined, thisArg = undefined) {
    return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
  }
}

function createHook(callbacks) {
  // No async resources are tracked, so the hooks never fire; enable/disable keep the chainable API.
  const hook = {
    enable() { return hook; },
    disable() { return hook; },
  };
  void callbacks;
  return hook;
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId: () => 1,
  triggerAsyncId: () => 0,
  executionAsyncResource: () => ({}),
  asyncWrapProviders: { __proto__: null },
};
