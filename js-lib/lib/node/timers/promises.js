'use strict';

// node:timers/promises: promise and async-iterator forms of the timers, cancellable through an AbortSignal.
const timers = require('internal/timers');
const { AbortError } = require('internal/errors');
const { validateAbortSignal, validateBoolean, validateNumber, validateObject } = require('internal/validators');

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

function validateOptions(options) {
  validateObject(options, 'options');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (options.ref !== undefined) validateBoolean(options.ref, 'options.ref');
}

// Runs `start(resolve)` (which returns a handle for `clear`) unless the signal is already aborted; an abort clears
// the handle and rejects with AbortError.
function cancellable(options, start, clear) {
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal));
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const handle = start(resolve);
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        clear(handle);
        reject(abortErrorFor(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
  return onAbort === undefined ? promise : promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = { __proto__: null }) {
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(options, (resolve) => timers.setTimeout(resolve, after, value), timers.clearTimeout);
}

function setImmediate(value, options = { __proto__: null }) {
  try {
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(options, (resolve) => timers.setImmediate(resolve, value), timers.clearImmediate);
}

async function* setInterval(after, value, options = { __proto__: null }) {
  if (after !== undefined) validateNumber(after, 'delay');
  validateOptions(options);
  const { signal, ref = true } = options;
  if (signal?.aborted) throw abortErrorFor(signal);
  let onAbort;
  let interval;
  try {
    let notYielded = 0;
    let wake;
    interval = timers.setInterval(() => {
      notYielded++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after);
    if (!ref) interval.unref();
    if (signal) {
      onAbort = () => {
        timers.clearTimeout(interval);
        if (wake) {
          wake(Promise.reject(abortErrorFor(signal)));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) await new Promise((resolve) => { wake = resolve; });
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortErrorFor(signal);
  } finally {
    timers.clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  yield() {
    return setImmediate();
  }

  wait(delay, options = undefined) {
    return setTimeout(delay, undefined, options?.signal === undefined ? undefined : { signal: options.signal });
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(),
};
