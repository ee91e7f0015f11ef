'use strict';

// node:util. Node v25 surface: the legacy util.is* helpers were removed in v23 except isArray.

// inspect is loaded on first use: printing strings and numbers only needs format.
const { format, formatWithOptions, stripVTControlCharacters } = require('internal/util/format');
const {
  callbackify,
  deprecate,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  promisify,
  toUSVString,
} = require('internal/util');
const { debuglog } = require('internal/util/debuglog');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  errnoException,
  exceptionWithHostPort,
} = require('internal/errors');
const types = require('util/types');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function shouldColorize(stream) {
  return require('internal/util/debuglog').shouldColorize(stream);
}

/** util.styleText(format, text[, { validateStream, stream }]). */
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  if (typeof text !== 'string') throw new ERR_INVALID_ARG_TYPE('text', 'string', text);
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    const { colors } = require('internal/util/inspect').inspect;
    const code = colors[key];
    if (code === undefined) {
      const { validateOneOf } = require('internal/validators');
      validateOneOf(key, 'format', Object.keys(colors));
    }
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a stream');
    }
    if (!shouldColorize(stream)) return text;
  }
  return `${left}${text}${right}`;
}

/** Resolves when `signal` aborts (while `resource` is alive). */
async function aborted(signal, resource) {
  const { validateAbortSignal, validateObject, kValidateObjectAllowObjects } = require('internal/validators');
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return;
  await new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend: deprecate(extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  aborted,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  inherits,
  isArray: deprecate(Array.isArray,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  styleText,
  toUSVString,
  types,
};

// Loaded on first use. These are js-lib's own classes (Node's labels, error codes and messages);
// GraalJS's built-in TextDecoder lacks latin1 and Node's error codes, so the global ones should be
// these same classes.
for (const name of ['TextDecoder', 'TextEncoder']) {
  Object.defineProperty(module.exports, name, {
    get() {
      return require('internal/encoding')[name];
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}

Object.defineProperty(module.exports, 'inspect', {
  get() {
    return require('internal/util/inspect').inspect;
  },
  set(value) {
    Object.defineProperty(module.exports, 'inspect', { value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
});

Object.defineProperty(module.exports, 'parseArgs', {
  get() {
    return require('internal/util/parse_args').parseArgs;
  },
  enumerable: true,
  configurable: true,
});
