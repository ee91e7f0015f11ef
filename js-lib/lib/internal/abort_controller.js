'use strict';

// AbortController and AbortSignal (abort(reason), timeout(), any(), throwIfAborted, onabort).
const { EventTarget, Event } = require('internal/event_target');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kAllowConstruct = Symbol('kAllowConstruct');

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
    this._onabort = null;
  }

  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }

  get onabort() { return this._onabort; }
  set onabort(fn) {
    if (this._onabort) this.removeEventListener('abort', this._onabort);
    this._onabort = typeof fn === 'function' ? fn : null;
    if (this._onabort) this.addEventListener('abort', this._onabort);
  }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
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
    const result = new AbortSignal(kAllowConstruct);
    for (const signal of signals) {
      if (!(signal instanceof AbortSignal)) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_INVALID_ARG_TYPE('signals', 'AbortSignal[]', signal);
      }
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
    this._signal = new AbortSignal(kAllowConstruct);
  }
  get signal() { return this._signal; }
  abort(reason = abortError()) {
    abortSignal(this._signal, reason);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal, default: AbortController };
