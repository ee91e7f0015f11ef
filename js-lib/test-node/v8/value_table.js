'use strict';

// Values whose V8 serialization node and gnode must agree on byte for byte.
// Each entry builds a fresh value, so reference identity inside a value is
// deliberate. Values are built the way programs usually build them (literals,
// constructors), which is what the byte-identity promise covers.

function circularObject() {
  const o = { name: 'loop' };
  o.self = o;
  return o;
}

function circularArray() {
  const a = [1];
  a.push(a);
  return a;
}

function sharedChild() {
  const child = { x: 1 };
  return { a: child, b: child, list: [child, child] };
}

function selfMap() {
  const m = new Map([['k', 1]]);
  m.set('me', m);
  return m;
}

function selfSet() {
  const s = new Set([1]);
  s.add(s);
  return s;
}

function viewsSharingABuffer() {
  const ab = new ArrayBuffer(16);
  new Uint8Array(ab).forEach((_, i, a) => { a[i] = i; });
  return [new Uint8Array(ab, 4, 8), new Uint16Array(ab), new DataView(ab, 2, 3), ab];
}

function arrayWithProps() {
  const a = [1, 2, 3];
  a.foo = 'bar';
  a.nested = { deep: true };
  return a;
}

function sparseWithProps() {
  const a = [];
  a[5] = 'five';
  a[100] = 'hundred';
  a.label = 'sparse';
  return a;
}

function nullProtoObject() {
  const o = Object.create(null);
  o.a = 1;
  o.b = 'two';
  return o;
}

function errorWithStack(ErrorClass, message, options) {
  const e = options === undefined ? new ErrorClass(message) : new ErrorClass(message, options);
  e.stack = `${ErrorClass.name}: ${message}\n    at fixed (file.js:1:1)`;
  return e;
}

function renamedError() {
  const e = new Error('renamed');
  e.name = 'TypeError';
  return e;
}

function errorWithoutMessage() {
  const e = new RangeError();
  e.stack = 'RangeError';
  return e;
}

function errorWithoutStack() {
  const e = new Error('no stack');
  delete e.stack;
  return e;
}

class CustomError extends Error {}

function bigObject(count) {
  const o = {};
  for (let i = 0; i < count; i++) o[`key${i}`] = i % 3 === 0 ? `v${i}` : i;
  return o;
}

function numberArray(count) {
  return Array.from({ length: count }, (_, i) => i * 3);
}

function doubleArray(count) {
  return Array.from({ length: count }, (_, i) => i + 0.5);
}

function pooledBufferSlice() {
  const b = Buffer.from('pooled bytes');
  return b.subarray(2, 8);
}

const big = 2 ** 20 + 5;

const TABLE = [
  // oddballs and numbers
  ['undefined', () => undefined],
  ['null', () => null],
  ['true', () => true],
  ['false', () => false],
  ['0', () => 0],
  ['-0', () => -0],
  ['1', () => 1],
  ['-1', () => -1],
  ['63/64 varint edge', () => [63, 64, -64, -65, 127, 128, 8191, 8192]],
  ['int32 max', () => 2 ** 31 - 1],
  ['int32 min', () => -(2 ** 31)],
  ['2^31 (double)', () => 2 ** 31],
  ['2^32', () => 2 ** 32],
  ['2^53', () => 2 ** 53],
  ['-2^53', () => -(2 ** 53)],
  ['MAX_VALUE', () => Number.MAX_VALUE],
  ['MIN_VALUE', () => Number.MIN_VALUE],
  ['1.5', () => 1.5],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['-Infinity', () => -Infinity],
  // bigints
  ['0n', () => 0n],
  ['1n', () => 1n],
  ['-1n', () => -1n],
  ['2^63', () => 2n ** 63n],
  ['2^64-1', () => 2n ** 64n - 1n],
  ['2^64', () => 2n ** 64n],
  ['-2^64', () => -(2n ** 64n)],
  ['huge bigint', () => 2n ** 1000n + 12345n],
  ['huge negative bigint', () => -(3n ** 500n)],
  // strings
  ['empty string', () => ''],
  ['ascii', () => 'hello world'],
  ['latin1', () => 'latin1 é ñ ÿ'],
  ['latin1 bounds', () => '\u0000\u00ff'],
  ['two-byte', () => 'two byte €'],
  ['emoji', () => 'emoji 😀'],
  ['lone surrogate', () => 'lone \ud800 surrogate'],
  ['two-byte after odd offset', () => ['a', '€']],
  ['two-byte after even offset', () => ['ab', '€']],
  ['two-byte key', () => ({ 'clé€': '€uro' })],
  ['long ascii', () => 'x'.repeat(100000)],
  ['long latin1', () => 'é'.repeat(300)],
  ['long two-byte', () => '€'.repeat(4000)],
  ['long two-byte length needs 2-byte varint', () => ['€'.repeat(64), '€'.repeat(65)]],
  ['1 MB string', () => 'y'.repeat(big)],
  ['1 MB two-byte string', () => '\u4e2d'.repeat(big)],
  // objects
  ['empty object', () => ({})],
  ['flat object', () => ({ a: 1, b: 'x', c: true, d: null, e: undefined })],
  ['nested object', () => ({ a: { b: { c: { d: [1, { e: 'deep' }] } } } })],
  ['integer-like keys', () => ({ 1: 'a', 0: 'b', x: 2, 10: 'c' })],
  ['edge keys', () => ({ '-1': 1, '01': 2, 4294967294: 3, 4294967295: 4, 2147483648: 5, '1.5': 6 })],
  ['null prototype object', nullProtoObject],
  ['__proto__ own key', () => JSON.parse('{"__proto__": {"x": 1}, "y": 2}')],
  ['class instance', () => new (class Point { constructor() { this.x = 1; this.y = 2; } })()],
  ['object with 10000 keys', () => bigObject(10000)],
  // arrays
  ['empty array', () => []],
  ['smi array', () => [1, 2, 3]],
  ['double array', () => [1.5, 2, -0]],
  ['mixed array', () => ['a', 1, 2.5, null, undefined, true]],
  ['holey array', () => [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['only holes', () => [, ,]], // eslint-disable-line no-sparse-arrays
  ['sparse array', () => { const a = []; a[1000] = 'x'; return a; }],
  ['dense array with props', arrayWithProps],
  ['sparse array with props', sparseWithProps],
  ['nested arrays', () => [[1, [2, [3, []]]], ['a']]],
  ['array of 100000 smis', () => numberArray(100000)],
  ['array of 100000 doubles', () => doubleArray(100000)],
  // dates and regexps
  ['epoch', () => new Date(0)],
  ['date', () => new Date(1.7e12 + 123)],
  ['invalid date', () => new Date(NaN)],
  ['regexp', () => /abc/],
  ['regexp gi', () => /a+b/gi],
  ['regexp msuy', () => /x/msuy],
  ['regexp d', () => /\d/d],
  ['regexp v', () => /[\p{L}--[a-z]]/v],
  ['regexp two-byte source', () => new RegExp('€+')],
  ['regexp escaped slash', () => new RegExp('/')],
  ['regexp empty', () => new RegExp('')],
  // boxed primitives
  ['Number object', () => Object(1)],
  ['Number object -0', () => Object(-0)],
  ['String object', () => Object('boxed')],
  ['String object two-byte', () => Object('é€')],
  ['Boolean objects', () => [Object(true), Object(false)]],
  ['BigInt object', () => Object(10n)],
  // collections
  ['empty map', () => new Map()],
  ['map', () => new Map([[1, 'one'], ['two', 2], [{ k: 1 }, [1]]])],
  ['empty set', () => new Set()],
  ['set', () => new Set([1, 'a', { b: 2 }, [3]])],
  // binary
  ['empty ArrayBuffer', () => new ArrayBuffer(0)],
  ['ArrayBuffer', () => new Uint8Array([1, 2, 3, 250]).buffer],
  ['resizable ArrayBuffer', () => new ArrayBuffer(4, { maxByteLength: 16 })],
  ['Int8Array', () => new Int8Array([-1, 2, -3])],
  ['Uint8Array', () => new Uint8Array([1, 2, 255])],
  ['Uint8ClampedArray', () => new Uint8ClampedArray([0, 128, 255])],
  ['Int16Array', () => new Int16Array([-300, 300])],
  ['Uint16Array', () => new Uint16Array([65535, 1])],
  ['Int32Array', () => new Int32Array([-(2 ** 31), 7])],
  ['Uint32Array', () => new Uint32Array([2 ** 32 - 1])],
  ['Float32Array', () => new Float32Array([1.5, -0, NaN])],
  ['Float64Array', () => new Float64Array([Math.PI, -Infinity])],
  ['BigInt64Array', () => new BigInt64Array([-1n, 2n ** 62n])],
  ['BigUint64Array', () => new BigUint64Array([2n ** 64n - 1n])],
  ['DataView', () => new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2)],
  ['typed array at an offset', () => new Uint16Array(new ArrayBuffer(12), 4, 3)],
  ['views sharing a buffer', viewsSharingABuffer],
  ['Buffer', () => Buffer.from('buffer bytes')],
  ['empty Buffer', () => Buffer.alloc(0)],
  ['pooled Buffer slice', pooledBufferSlice],
  ['1 MB Buffer', () => Buffer.alloc(big, 7)],
  ['1 MB Float64Array', () => new Float64Array(big / 8 | 0).fill(0.25)],
  // errors
  ['Error', () => errorWithStack(Error, 'plain')],
  ['EvalError', () => errorWithStack(EvalError, 'eval')],
  ['RangeError', () => errorWithStack(RangeError, 'range')],
  ['ReferenceError', () => errorWithStack(ReferenceError, 'ref')],
  ['SyntaxError', () => errorWithStack(SyntaxError, 'syntax')],
  ['TypeError', () => errorWithStack(TypeError, 'type')],
  ['URIError', () => errorWithStack(URIError, 'uri')],
  ['Error with cause', () => errorWithStack(Error, 'outer', { cause: { code: 42 } })],
  ['Error with error cause', () =>
    errorWithStack(TypeError, 'outer', { cause: errorWithStack(RangeError, 'inner') })],
  ['Error with undefined cause', () => errorWithStack(Error, 'u', { cause: undefined })],
  ['Error with real stack', () => new Error('real stack')],
  ['Error without message', errorWithoutMessage],
  ['Error without stack', errorWithoutStack],
  ['renamed Error', renamedError],
  ['Error subclass', () => errorWithStack(CustomError, 'custom')],
  ['AggregateError', () => errorWithStack(AggregateError, 'agg')],
  ['error inside object', () => ({ err: errorWithStack(Error, 'inside') })],
  // references
  ['shared child', sharedChild],
  ['circular object', circularObject],
  ['circular array', circularArray],
  ['self-containing map', selfMap],
  ['self-containing set', selfSet],
  ['same date twice', () => { const d = new Date(5); return [d, d]; }],
  ['same buffer twice', () => { const b = Buffer.from('ab'); return { b1: b, b2: b }; }],
];

module.exports = { TABLE };
