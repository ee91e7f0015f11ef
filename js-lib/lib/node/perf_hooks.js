'use strict';

// node:perf_hooks: the performance clock and user timing; histograms are plain recorders.
const perf = require('internal/perf');

class RecordableHistogram {
  constructor() {
    this.reset();
  }
  record(value) {
    const v = typeof value === 'bigint' ? Number(value) : value;
    if (!Number.isInteger(v) || v < 1) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_OUT_OF_RANGE('val', '>= 1 && <= 9007199254740991', value);
    }
    this._values.push(v);
    this.count++;
    this.min = Math.min(this.min, v);
    this.max = Math.max(this.max, v);
    this.mean = this._values.reduce((a, b) => a + b, 0) / this._values.length;
    this.stddev = Math.sqrt(this._values.reduce((a, b) => a + (b - this.mean) ** 2, 0) / this._values.length);
  }
  recordDelta() {
    const t = perf.now();
    if (this._last !== undefined) this.record(Math.max(1, Math.round((t - this._last) * 1e6)));
    this._last = t;
  }
  percentile(p) {
    if (this._values.length === 0) return 0;
    const sorted = this._values.slice().sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? sorted[0];
  }
  get percentiles() {
    const map = new Map();
    for (const p of [0, 50, 75, 87.5, 100]) map.set(p, this.percentile(p));
    return map;
  }
  reset() {
    this._values = [];
    this._last = undefined;
    this.count = 0;
    this.min = 9223372036854776000;
    this.max = 0;
    this.mean = NaN;
    this.stddev = NaN;
    this.exceeds = 0;
  }
}

function createHistogram() {
  return new RecordableHistogram();
}

function monitorEventLoopDelay() {
  const { notImplemented } = require('internal/modules/builtins');
  throw notImplemented('perf_hooks.monitorEventLoopDelay');
}

module.exports = {
  performance: perf.performance,
  Performance: perf.Performance,
  PerformanceEntry: perf.PerformanceEntry,
  PerformanceMark: perf.PerformanceMark,
  PerformanceMeasure: perf.PerformanceMeasure,
  PerformanceObserver: perf.PerformanceObserver,
  PerformanceObserverEntryList: perf.PerformanceObserverEntryList,
  PerformanceResourceTiming: class PerformanceResourceTiming {},
  createHistogram,
  monitorEventLoopDelay,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
