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

function getSystemErrorMap() {
  return require('internal/util/errno-table').errorMap();
}

module.exports = {
  callbackify,
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
