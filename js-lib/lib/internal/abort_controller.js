'use strict';

// AbortController and AbortSignal (abort(reason), timeout(), any(), throwIfAborted, onabort).
const { EventTarget, Event, inspectWith } = require('internal/event_target');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kAllowConstruct = Symbol('kAllowConstruct');
const kOnAbort = Symbol('kOnAbort');
const kSignal = Symbol('kSignal');

function abortError() {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException('This operation was aborted', 'AbortError');
}

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kAllowConstruct) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    }
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kOnAbort] = null;
  }

  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }

  get onabort() { return this[kOnAbort]; }
  set onabort(fn) {
    if (this[kOnAbort]) this.removeEventListener('abort', this[kOnAbort]);
    this[kOnAbort] = typeof fn === 'function' ? fn : null;
    if (this[kOnAbort]) this.addEventListener('abort', this[kOnAbort]);
  }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  [customInspect](depth, options, inspect) {
    return inspectWith(this, { aborted: this.aborted }, depth, options, inspect);
  }

  static abort(reason = abortError()) {
    const signal = new AbortSignal(kAllowConstruct);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    const { validateUint32 } = require('internal/validators');
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kAllowConstruct);
    const timer = setTimeout(() => {
      const { DOMException } = require('internal/dom_exception');
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    const { validateAbortSignalArray } = require('internal/validators');
    validateAbortSignalArray(signals, 'signals');
    const result = new AbortSignal(kAllowConstruct);
    for (const signal of signals) {
      if (signal.aborted) {
        result[kAborted] = true;
        result[kReason] = signal.reason;
        return result;
      }
    }
    for (const signal of signals) {
      signal.addEventListener('abort', () => abortSignal(result, signal.reason), { once: true });
    }
    return result;
  }
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort'));
}

class AbortController {
  constructor() {
    this[kSignal] = new AbortSignal(kAllowConstruct);
  }
  get signal() { return this[kSignal]; }
  abort(reason = abortError()) {
    abortSignal(this[kSignal], reason);
  }

  [customInspect](depth, options, inspect) {
    return inspectWith(this, { signal: this.signal }, depth, options, inspect);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal, default: AbortController };
