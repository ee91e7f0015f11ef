'use strict';

// Small shared helpers of Node's internal/util: promisify, deprecate, custom symbols.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_FALSY_VALUE_REJECTION } } = require('internal/errors');

const kEmptyObject = Object.freeze({ __proto__: null });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Set on a callback API whose callback gets several values, e.g. child_process.exec's
// (err, stdout, stderr): promisify then resolves with { stdout, stderr }.
const customPromisifyArgs = Symbol('customPromisifyArgs');

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// Copies own property descriptors (name, length, ...) of `from` onto `to`.
function copyDescriptors(to, from, adjust) {
  const descriptors = Object.getOwnPropertyDescriptors(from);
  if (adjust !== undefined) adjust(descriptors);
  for (const desc of Object.values(descriptors)) Object.setPrototypeOf(desc, null);
  return Object.defineProperties(to, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptors(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection would look like success to a Node-style callback.
  if (!reason) {
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(reason, callbackifyOnRejected);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => { process.nextTick(cb, null, ret); },
      (rej) => { process.nextTick(callbackifyOnRejected, rej, cb); });
  }
  return copyDescriptors(callbackified, original, (descriptors) => {
    if (typeof descriptors.length.value === 'number') descriptors.length.value++;
    if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  });
}

// Deprecation warnings are emitted once per code (or once per wrapper without a code).
const codesWarned = new Set();

function emitDeprecation(msg, code, fn) {
  if (typeof process === 'undefined' || process.noDeprecation) return;
  if (typeof process.emitWarning !== 'function') return;
  if (code !== undefined) process.emitWarning(msg, 'DeprecationWarning', code, fn);
  else process.emitWarning(msg, 'DeprecationWarning', fn);
}

function deprecate(fn, msg, code) {
  if (code !== undefined && typeof code !== 'string') throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          emitDeprecation(msg, code, deprecated);
        }
      } else {
        emitDeprecation(msg, undefined, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  // Keep fn's prototype chain so the wrapper still looks like fn.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

/** Replaces lone surrogates with U+FFFD. */
function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function once(callback) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(callback, this, args);
  };
}

function isError(e) {
  return require('internal/util/types').isNativeError(e) || e instanceof Error;
}

function getSystemErrorName(err) {
  const { validateNumber } = require('internal/validators');
  const { codes, uvErrname } = require('internal/errors');
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  return uvErrname(err);
}

function getSystemErrorMessage(err) {
  const { validateNumber } = require('internal/validators');
  const { codes, uvErrmapGet } = require('internal/errors');
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const entry = uvErrmapGet(err);
  return entry === undefined ? `Unknown system error ${err}` : entry[1];
}

let signalsToNames;
function getSignalsToNamesMapping() {
  if (signalsToNames !== undefined) return signalsToNames;
  signalsToNames = { __proto__: null };
  const signals = require('internal/validators').signalTable();
  for (const key of Object.keys(signals)) signalsToNames[signals[key]] = key;
  return signalsToNames;
}

/** A signal name ('SIGTERM', 'sigterm') or number to its number; ERR_UNKNOWN_SIGNAL otherwise. */
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && getSignalsToNamesMapping()[signal]) return signal;
  if (typeof signal === 'string') {
    const signalNumber = require('internal/validators').signalTable()[signal.toUpperCase()];
    if (signalNumber) return signalNumber;
  }
  const { codes } = require('internal/errors');
  throw new codes.ERR_UNKNOWN_SIGNAL(signal);
}

const encodings = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8', '': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii',
};

/** Node's canonical encoding name ('utf8', 'utf16le', 'latin1', ...) or undefined when unknown. */
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  return encodings[enc.toLowerCase()];
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
    process.emitWarning(`${feature} is an experimental feature and might change at any time`, 'ExperimentalWarning');
  }
}

// Faster than Array.prototype.splice for removing one element (listener arrays).
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

/** Defines an own, writable, configurable data property (even where a setter is inherited). */
function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, { configurable: true, enumerable: true, value, writable: true });
}

const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

/** Getters on `target` that require `id` on first access and then become plain values. */
function defineLazyProperties(target, id, keys, enumerable = true) {
  for (const key of keys) {
    let value;
    let loaded = false;
    Object.defineProperty(target, key, {
      configurable: true,
      enumerable,
      get() {
        if (!loaded) {
          value = require(id)[key];
          loaded = true;
        }
        return value;
      },
      set(v) {
        value = v;
        loaded = true;
      },
    });
  }
}

function getSystemErrorMap() {
  return require('internal/util/errno-table').errorMap();
}

module.exports = {
  callbackify,
  convertToValidSignal,
  defineLazyProperties,
  emitExperimentalWarning,
  getSignalsToNamesMapping,
  kEnumerableProperty,
  normalizeEncoding,
  setOwnProperty,
  spliceOne,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs,
  deprecate,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  isError,
  kEmptyObject,
  once,
  promisify,
  toUSVString,
};
