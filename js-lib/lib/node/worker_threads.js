'use strict';

// node:worker_threads: gnode runs one JS thread, so this is always the main thread; creating workers or channels
// fails with a clear error instead of pretending.
const { notImplemented } = require('internal/modules/builtins');

const environmentData = new Map();

function unavailable(name) {
  return class {
    constructor() {
      throw notImplemented(`worker_threads.${name}`);
    }
  };
}

module.exports = {
  isMainThread: true,
  isInternalThread: false,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: unavailable('Worker'),
  MessageChannel: unavailable('MessageChannel'),
  MessagePort: unavailable('MessagePort'),
  BroadcastChannel: unavailable('BroadcastChannel'),
  getEnvironmentData: (key) => environmentData.get(key),
  setEnvironmentData: (key, value) => {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
  markAsUntransferable() {},
  isMarkedAsUntransferable: () => false,
  markAsUncloneable() {},
  moveMessagePortToContext() { throw notImplemented('worker_threads.moveMessagePortToContext'); },
  receiveMessageOnPort() { throw notImplemented('worker_threads.receiveMessageOnPort'); },
  postMessageToThread() { throw notImplemented('worker_threads.postMessageToThread'); },
};
