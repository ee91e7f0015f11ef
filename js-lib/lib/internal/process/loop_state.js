'use strict';

// The Int32Array the Java event loop reads to know what JS needs, without a call into JS.
// Indices match gnode.runtime.EventLoop.

const loop = internalBinding('loop');
const state = new Int32Array(new ArrayBuffer(loop.state()));

module.exports = {
  loop,
  state,
  TICK_PENDING: 0,
  IMMEDIATE_REFS: 1,
  IMMEDIATE_COUNT: 2,
  TIMER_REFS: 3,
};
