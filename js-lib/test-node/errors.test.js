'use strict';

// internal/errors and internal/validators against node's own (node runs with --expose-internals).

const assert = require('assert');
const { createLoader, test } = require('./run');

const loader = createLoader();
const ours = loader.require('internal/errors');
const ourValidators = loader.require('internal/validators');
const theirs = require('internal/errors');
const theirValidators = require('internal/validators');

function shape(e) {
  return {
    name: e.name,
    code: e.code,
    message: e.message,
    toString: String(e),
    stackHead: String(e.stack).split('\n    at ')[0],
    // Own-name order (stack/message/code) varies between node's two error factories; not compared.
    own: Object.getOwnPropertyNames(e).sort().join(','),
    keys: Object.keys(e).join(','),
    isTypeError: e instanceof TypeError,
    isRangeError: e instanceof RangeError,
    ctorName: e.constructor.name,
    extra: JSON.stringify(Object.fromEntries(Object.keys(e).map((k) => [k, String(e[k])]))),
  };
}

class Foo {}
const codeArgs = {
  ERR_INVALID_ARG_TYPE: [
    ['file', 'string', 42], ['file', 'string', null], ['file', 'string', undefined], ['x', 'string', new Foo()],
    ['opts.cwd', ['string', 'URL'], true], ['cb', 'Function', 'str'], ['a', ['string', 'Buffer', 'URL'], 1n],
    ['a', ['Object', 'Array', 'null'], Symbol('s')], ['arg', ['string', 'number', 'boolean', 'object'], () => {}],
    ['first argument', 'string', 1], ['a', ['Buffer', 'TypedArray', 'DataView'], -0],
    ['a', 'object', Object.create(null)], ['a', ['object', 'Foo'], 1], ['a', 'AbortSignal', { a: 1 }],
    ['a', 'number', 'short'], ['a', 'number', "it's"], ['a', 'number', NaN],
  ],
  ERR_INVALID_ARG_VALUE: [['options.stdio', 'bad'], ['x', { a: [1, 2] }, 'must be positive'],
    ['x', 'y'.repeat(200)], ['encoding', 'utf9', 'is invalid for data of length 3']],
  ERR_OUT_OF_RANGE: [['x', '>= 0', -1], ['x', '>= 0 && <= 2 ** 32', 2 ** 40], ['x', 'an integer', 1.5],
    ['x', 'positive', 123456789012n], ['x', '>= 0', -(2 ** 33)], ['The value is bad.', 'ok', 5, true]],
  ERR_MISSING_ARGS: [['a'], ['a', 'b'], ['a', 'b', 'c'], [['a', 'b'], 'c']],
  ERR_UNKNOWN_SIGNAL: [['SIGFOO']],
  ERR_INVALID_SYNC_FORK_INPUT: [['hello']],
  ERR_IPC_ONE_PIPE: [[]],
  ERR_IPC_SYNC_FORK: [[]],
  ERR_IPC_CHANNEL_CLOSED: [[]],
  ERR_IPC_DISCONNECTED: [[]],
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER: [['stdout']],
  ERR_CHILD_PROCESS_IPC_REQUIRED: [['options.stdio']],
  ERR_INVALID_HANDLE_TYPE: [[]],
  ERR_UNKNOWN_ENCODING: [['utf9']],
  ERR_METHOD_NOT_IMPLEMENTED: [['_read()']],
  ERR_MULTIPLE_CALLBACK: [[]],
  ERR_STREAM_PREMATURE_CLOSE: [[]],
  ERR_STREAM_DESTROYED: [['write']],
  ERR_STREAM_WRITE_AFTER_END: [[]],
  ERR_STREAM_PUSH_AFTER_EOF: [[]],
  ERR_STREAM_NULL_VALUES: [[]],
  ERR_STREAM_ALREADY_FINISHED: [['end']],
  ERR_STREAM_CANNOT_PIPE: [[]],
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT: [[]],
  ERR_UNHANDLED_ERROR: [[], ['str'], [{ a: 1 }]],
  ERR_INVALID_THIS: [['URLSearchParams']],
  ERR_ASSERTION: [['boom']],
  ERR_FALSY_VALUE_REJECTION: [[null], [0]],
  ERR_INVALID_URL: [['bad'], ['bad', 'http://base']],
  ERR_INVALID_FILE_URL_PATH: [['must be absolute']],
  ERR_INVALID_FILE_URL_HOST: [['linux']],
  ERR_INVALID_URL_SCHEME: [['file'], [['file', 'data']]],
  ERR_FS_FILE_TOO_LARGE: [[3e9]],
  ERR_DIR_CLOSED: [[]],
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM: [['x']],
  ERR_MODULE_NOT_FOUND: [['pkg', '/a/b.js', undefined], ['/x.js', '/a/b.js', 'file:///x.js']],
  ERR_UNKNOWN_BUILTIN_MODULE: [['node:nope']],
  ERR_UNKNOWN_FILE_EXTENSION: [['.ts', '/a.ts']],
  ERR_INVALID_PACKAGE_CONFIG: [['/p/package.json', undefined, 'Unexpected token'], ['/p/package.json', '/x.js', undefined]],
  ERR_PACKAGE_PATH_NOT_EXPORTED: [['/p/', '.', undefined], ['/p/', './sub', '/x.js']],
  ERR_INVALID_MODULE_SPECIFIER: [['#x', 'is not a valid', '/a.js']],
  ERR_UNSUPPORTED_DIR_IMPORT: [['/dir', '/a.js', 'file:///dir']],
  ERR_INVALID_STATE: [['closed']],
  ERR_ILLEGAL_CONSTRUCTOR: [[]],
  ERR_BUFFER_OUT_OF_BOUNDS: [[], ['offset']],
  ERR_UNAVAILABLE_DURING_EXIT: [[]],
  ERR_EVAL_ESM_CANNOT_PRINT: [[]],
  ERR_INVALID_RETURN_VALUE: [['instance of Promise', 'fn', 5], ['instance of Promise', 'fn', {}]],
  ERR_INVALID_FD: [[-1]],
  ERR_INVALID_FD_TYPE: [['UNKNOWN']],
  ERR_INCOMPATIBLE_OPTION_PAIR: [['a', 'b']],
  ERR_ENCODING_NOT_SUPPORTED: [['x']],
  ERR_AMBIGUOUS_ARGUMENT: [['error/message', 'same']],
  ERR_SOCKET_BAD_PORT: [['Port', -1], ['Port', 'x', false]],
  ERR_INVALID_CHAR: [['header content', 'foo'], ['header']],
  ERR_USE_AFTER_CLOSE: [['readline']],
  ERR_MISSING_OPTION: [['options.x']],
  ERR_PARSE_ARGS_UNKNOWN_OPTION: [['--foo', true], ['-f', false]],
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: [['x']],
  ERR_INTERNAL_ASSERTION: [[undefined], ['oops']],
  ERR_OPERATION_FAILED: [['x']],
  ERR_CONSOLE_WRITABLE_STREAM: [['stdout']],
  ERR_INPUT_TYPE_NOT_ALLOWED: [[]],
  ERR_PACKAGE_IMPORT_NOT_DEFINED: [['#x', '/p/', '/a.js'], ['#x', undefined, '/a.js']],
  ERR_REQUIRE_ASYNC_MODULE: [[undefined, undefined]],
  ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET: [[]],
  ERR_UNSUPPORTED_ESM_URL_SCHEME: [[new URL('http://x/'), ['file', 'data', 'node']]],
  ERR_INVALID_PACKAGE_TARGET: [['/p/', '.', 'x.js'], ['/p/', './sub', './y.js', false, '/a.js'], ['/p/', '#i', 'z', true, undefined]],
  ERR_UNSUPPORTED_RESOLVE_REQUEST: [['x', 'data:y']],
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED: [['type', 'xml']],
  ERR_UNKNOWN_MODULE_FORMAT: [['wasm', 'file:///x']],
  ERR_SCRIPT_EXECUTION_INTERRUPTED: [[]],
  ERR_INVALID_IP_ADDRESS: [['1.2.3']],
  ERR_SERVER_NOT_RUNNING: [[]],
  ERR_SERVER_ALREADY_LISTEN: [[]],
  ERR_SOCKET_ALREADY_BOUND: [[]],
  ERR_INVALID_ADDRESS_FAMILY: [['IPv5', 'localhost', 80]],
  ERR_REQUIRE_CYCLE_MODULE: [['cycle']],
  ERR_WORKER_UNSUPPORTED_OPERATION: [['process.chdir()']],
};

test('ERR_* codes: name, code, message, toString, stack header, own properties', () => {
  for (const [code, argLists] of Object.entries(codeArgs)) {
    assert.strictEqual(typeof ours.codes[code], 'function', code);
    for (const args of argLists) {
      const expected = shape(new theirs.codes[code](...args));
      const actual = shape(new ours.codes[code](...args));
      assert.deepStrictEqual(actual, expected, `${code}(${require('util').inspect(args)})`);
    }
  }
});

test('ERR_INVALID_ARG_VALUE.RangeError and ERR_INVALID_STATE.TypeError variants', () => {
  assert.deepStrictEqual(shape(new ours.codes.ERR_INVALID_ARG_VALUE.RangeError('x', 1)),
    shape(new theirs.codes.ERR_INVALID_ARG_VALUE.RangeError('x', 1)));
  assert.deepStrictEqual(shape(new ours.codes.ERR_INVALID_STATE.TypeError('y')),
    shape(new theirs.codes.ERR_INVALID_STATE.TypeError('y')));
});

test('SystemError (ERR_SYSTEM_ERROR) fields and message', () => {
  const ctx = () => ({ errno: -2, code: 'ENOENT', message: 'no such file or directory', syscall: 'open', path: '/x', dest: '/y' });
  const a = new ours.codes.ERR_SYSTEM_ERROR(ctx());
  const b = new theirs.codes.ERR_SYSTEM_ERROR(ctx());
  assert.deepStrictEqual(shape(a), shape(b));
  assert.strictEqual(a.errno, -2);
  assert.strictEqual(a.path, '/x');
});

test('uvException / errnoException / exceptionWithHostPort', () => {
  const ctxs = [{ errno: -2, syscall: 'open', path: '/x' }, { errno: -17, syscall: 'rename', path: '/a', dest: '/b' },
    { errno: -13, syscall: 'scandir', path: '/root' }, { errno: -9999, syscall: 'read' },
    { errno: -2, syscall: 'open', path: '/x', message: 'custom text' }];
  // Key order follows node's C++ errors (what fs really throws), not its JS UVException.
  const sortedShape = (e) => ({ ...shape(e), keys: Object.keys(e).sort().join(','), extra: undefined });
  for (const c of ctxs) {
    assert.deepStrictEqual(sortedShape(ours.uvException({ ...c })), sortedShape(new theirs.UVException({ ...c })),
      JSON.stringify(c));
  }
  let real;
  try {
    require('fs').openSync('/nonexistent-gnode-test');
  } catch (e) {
    real = e;
  }
  const mine = ours.uvException({ errno: -2, syscall: 'open', path: '/nonexistent-gnode-test' });
  assert.deepStrictEqual(shape(mine), shape(real));
  assert.deepStrictEqual(shape(ours.errnoException(-2, 'spawn foo')), shape(new theirs.ErrnoException(-2, 'spawn foo')));
  assert.deepStrictEqual(shape(ours.errnoException(-11, 'read', 'extra')), shape(new theirs.ErrnoException(-11, 'read', 'extra')));
  assert.deepStrictEqual(shape(ours.exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80)),
    shape(new theirs.ExceptionWithHostPort(-111, 'connect', '127.0.0.1', 80)));
});

test('UnhandledPromiseRejection prints like node', () => {
  const util = require('util');
  class NodeShape extends Error {
    code = 'ERR_UNHANDLED_REJECTION';

    constructor(text) {
      Error.stackTraceLimit = 0;
      super('This error originated either by throwing inside of an async function without a catch block, or by ' +
        `rejecting a promise which was not handled with .catch(). The promise rejected with the reason "${text}".`);
      Error.stackTraceLimit = 10;
      this.name = 'UnhandledPromiseRejection';
    }
  }
  assert.strictEqual(util.inspect(new ours.UnhandledPromiseRejection('1')), util.inspect(new NodeShape('1')));
});

test('AbortError', () => {
  const cause = new Error('why');
  assert.deepStrictEqual(shape(new ours.AbortError()), shape(new theirs.AbortError()));
  assert.deepStrictEqual(shape(new ours.AbortError('m', { cause })), shape(new theirs.AbortError('m', { cause })));
  assert.strictEqual(new ours.AbortError('m', { cause }).cause, cause);
  assert.throws(() => new ours.AbortError('m', 5), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('hideStackFrames: the stack starts at the caller of the validator', () => {
  function callerOfValidator() {
    ourValidators.validateString(1, 'name');
  }
  try {
    callerOfValidator();
    assert.fail('no throw');
  } catch (e) {
    const firstFrame = e.stack.split('\n')[1];
    assert.match(firstFrame, /callerOfValidator/);
  }
});

test('validators throw what node throws', () => {
  const calls = [
    ['validateString', [1, 'n']], ['validateString', ['s', 'n']],
    ['validateNumber', ['1', 'n']], ['validateNumber', [5, 'n', 0, 3]], ['validateNumber', [NaN, 'n', 0]],
    ['validateNumber', [-1, 'n', 0]], ['validateNumber', [9, 'n', undefined, 3]],
    ['validateInteger', [1.5, 'n']], ['validateInteger', [2 ** 60, 'n']], ['validateInteger', ['1', 'n']],
    ['validateInteger', [5, 'n', 0, 4]],
    ['validateInt32', [2 ** 31, 'n']], ['validateInt32', [1.1, 'n']], ['validateInt32', [5, 'n', 6]],
    ['validateUint32', [-1, 'n']], ['validateUint32', [0, 'n', true]], ['validateUint32', [2 ** 32, 'n']],
    ['validateBoolean', [0, 'b']], ['validateObject', [null, 'o']], ['validateObject', [[], 'o']],
    ['validateObject', [() => {}, 'o']], ['validateObject', [1, 'o']],
    ['validateArray', [{}, 'a']], ['validateArray', [[], 'a', 1]],
    ['validateFunction', [1, 'f']], ['validateAbortSignal', [{}, 'signal']], ['validateAbortSignal', [null, 'signal']],
    ['validateOneOf', ['x', 'mode', ['a', 'b', 1]]], ['validateOneOf', ['a', 'mode', ['a']]],
    ['validateSignalName', ['SIGFOO']], ['validateSignalName', ['sigterm']], ['validateSignalName', ['SIGTERM']],
    ['validateSignalName', [15]],
    ['validateBuffer', ['x']], ['validateBuffer', [new Uint8Array(1)]],
    ['validateEncoding', ['abc', 'hex']], ['validateEncoding', ['abcd', 'hex']],
    ['validateStringArray', [['a', 1], 'arr']], ['validateBooleanArray', [[true, 1], 'arr']],
    ['validateUnion', ['x', 'u', ['a', 'b']]], ['validateUndefined', [1, 'u']], ['validatePort', [70000]],
    ['validatePort', ['x', 'Port', false]], ['validatePort', [80]],
    ['parseFileMode', ['0o755', 'mode']], ['parseFileMode', ['755', 'mode']], ['parseFileMode', [undefined, 'mode', 0o644]],
    ['parseFileMode', [-1, 'mode']],
  ];
  for (const [name, args] of calls) {
    let expected;
    let actual;
    try {
      expected = { value: theirValidators[name](...args) };
    } catch (e) {
      expected = shape(e);
    }
    try {
      actual = { value: ourValidators[name](...args) };
    } catch (e) {
      actual = shape(e);
    }
    assert.deepStrictEqual(actual, expected, `${name}(${require('util').inspect(args)})`);
  }
});

test('validateObject flags', () => {
  const { kValidateObjectAllowNullable, kValidateObjectAllowArray, kValidateObjectAllowFunction } = ourValidators;
  ourValidators.validateObject(null, 'o', kValidateObjectAllowNullable);
  ourValidators.validateObject([], 'o', kValidateObjectAllowArray);
  ourValidators.validateObject(() => {}, 'o', kValidateObjectAllowFunction);
  ourValidators.validateObject(null, 'o', { nullable: true });
  assert.throws(() => ourValidators.validateObject('s', 'o', kValidateObjectAllowFunction), { code: 'ERR_INVALID_ARG_TYPE' });
});
