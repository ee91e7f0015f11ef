'use strict';

// ES module errors that internal/errors does not define yet, built the way Node builds its errors: an own
// `code`, and `Error [CODE]: message` as the first line of the stack.
const { defineStack } = require('internal/errors');

function esmError(Base, code, message, props) {
  const err = new Base(message);
  if (props !== undefined) Object.assign(err, props);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  const stack = typeof err.stack === 'string' ? err.stack : '';
  const at = stack.indexOf('\n    at ');
  defineStack(err, `${Base.name} [${code}]: ${message}` + (at === -1 ? '' : stack.slice(at)));
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; }, enumerable: false, writable: true,
    configurable: true,
  });
  return err;
}

module.exports = {
  requireAsyncModule: (filename, parentPath) => esmError(Error, 'ERR_REQUIRE_ASYNC_MODULE',
    'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the ' +
    'top-level await comes from, use --experimental-print-required-tla.' +
    (parentPath ? `\n  From ${parentPath} ` : '') + (filename ? `\n  Requiring ${filename} ` : '')),
  importAttributeMissing: (url, key, value) => esmError(TypeError, 'ERR_IMPORT_ATTRIBUTE_MISSING',
    `Module "${url}" needs an import attribute of "${key}: ${value}"`),
  unsupportedScheme: (url) => esmError(Error, 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
    'Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received ' +
    `protocol '${url.slice(0, url.indexOf(':') + 1)}'`),
};
