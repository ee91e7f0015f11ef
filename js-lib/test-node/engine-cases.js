'use strict';

// Engine-independence cases: each returns a string computed with OUR modules only. On node the
// other tests prove these equal node's output; graal-smoke.js replays them on GraalJS and
// compares with the strings node produced. Plain functions so they can be stringified.

module.exports = [
  ['inspect nested', ({ util }) => util.inspect({ a: [1, 2, { b: new Map([[1, { c: [new Set([1])] }]]) }], s: 'it\'s' })],
  ['inspect array grouping', ({ util }) => util.inspect(Array.from({ length: 30 }, (_, i) => i * 7))],
  ['inspect class/fn', ({ util }) => util.inspect([class A {}, class B extends Array {}, function f() {}, () => {}, async function* g() {}])],
  ['inspect null proto', ({ util }) => util.inspect(Object.assign(Object.create(null), { x: 1 }))],
  ['inspect circular', ({ util }) => { const o = { n: 1 }; o.self = o; o.arr = [o]; return util.inspect(o); }],
  ['inspect typed', ({ util }) => util.inspect([new Uint8Array([1, 2]), new ArrayBuffer(3), new DataView(new ArrayBuffer(1)), new Float64Array(2)])],
  ['inspect boxed/date/regexp', ({ util }) => util.inspect([new Number(-0), new String('ab'), Object(1n), new Date(0), /x/gi, Symbol('s')])],
  ['inspect getters', ({ util }) => util.inspect({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} })],
  ['inspect getters on', ({ util }) => util.inspect({ get a() { return { x: 1 }; } }, { getters: true })],
  ['inspect sparse', ({ util }) => util.inspect([1, , , 4, , ])],
  ['inspect long', ({ util }) => util.inspect(Array.from({ length: 150 }, () => 'x'))],
  ['inspect colors', ({ util }) => util.inspect({ a: 1, b: 'x', c: null, d: undefined, e: Symbol('q') }, { colors: true })],
  ['inspect error header', ({ util }) => util.inspect(new TypeError('bad')).split('\n')[0]],
  ['inspect error props', ({ util }) => { const e = new Error('m'); e.code = 'X'; return util.inspect(e).replace(/\n    at [^\n]*/g, ''); }],
  ['format', ({ util }) => util.format('%s %d %i %f %j %o %O %% %c|', 'a', 1.5, 2.7, '3.5', { j: 1 }, [1], { O: 1 }, 'css') + util.format(1, 'b', { c: 2 })],
  ['error message', ({ errors }) => new errors.codes.ERR_INVALID_ARG_TYPE('file', ['string', 'Buffer', 'URL'], 42).message],
  ['error toString', ({ errors }) => String(new errors.codes.ERR_OUT_OF_RANGE('n', '>= 0', -(2 ** 40)))],
  ['error stack header', ({ errors }) => new errors.codes.ERR_UNKNOWN_SIGNAL('SIGX').stack.split('\n')[0]],
  ['error stack frames exist', ({ errors }) => String(/\n    at /.test(new errors.codes.ERR_IPC_CHANNEL_CLOSED().stack))],
  ['error name/code', ({ errors }) => { const e = new errors.codes.ERR_INVALID_ARG_VALUE('x', 1); return `${e.name}|${e.code}|${e instanceof TypeError}|${Object.keys(e)}`; }],
  ['uvException', ({ errors }) => { const e = errors.uvException({ errno: -2, syscall: 'open', path: '/x' }); return `${e.message}|${Object.keys(e)}|${e.errno}|${e.code}`; }],
  ['errnoException', ({ errors }) => { const e = errors.errnoException(-2, 'spawn foo'); return `${e.message}|${e.code}|${e.syscall}`; }],
  ['AbortError', ({ errors }) => { const e = new errors.AbortError(undefined, { cause: 1 }); return `${e.name}|${e.code}|${e.message}|${e.cause}`; }],
  ['validator stack starts at caller', ({ validators }) => { function myCaller() { validators.validateString(1, 'x'); } try { myCaller(); } catch (e) { return e.stack.split('\n')[1].includes('myCaller') ? 'ok' : e.stack; } return 'no throw'; }],
  ['assert strictEqual diff', ({ assert }) => { try { assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }); } catch (e) { return e.message; } return 'no throw'; }],
  ['assert short', ({ assert }) => { try { assert.strictEqual(1, 2); } catch (e) { return `${e.message}|${e.code}|${e.name}|${e.generatedMessage}`; } return 'no throw'; }],
  ['assert stack header', ({ assert }) => { try { assert.strictEqual(1, 2); } catch (e) { return e.stack.split('\n')[0]; } return 'no throw'; }],
  ['assert.throws matcher', ({ assert }) => { try { assert.throws(() => { throw new Error('abc'); }, { message: 'abd' }); } catch (e) { return e.message; } return 'no throw'; }],
  ['assert.ok no source', ({ assert }) => { try { assert.ok(0); } catch (e) { return e.message.startsWith('The expression evaluated to a falsy value') || e.message === '0 == true' ? 'ok' : e.message; } return 'no throw'; }],
  ['deep equal', ({ util }) => String([util.isDeepStrictEqual({ a: [1, new Set([{ x: 1 }])] }, { a: [1, new Set([{ x: 1 }])] }), util.isDeepStrictEqual([0], [-0]), util.isDeepStrictEqual(new Map([[{}, 1]]), new Map([[{}, 2]]))])],
  ['types', ({ util }) => { const t = util.types; return String([t.isMap(new Map()), t.isDate(new Date()), t.isRegExp(/x/), t.isNativeError(new RangeError()), t.isUint8Array(new Uint8Array()), t.isAsyncFunction(async () => {}), t.isGeneratorFunction(function* () {}), t.isBoxedPrimitive(Object(1)), t.isArgumentsObject((function () { return arguments; })()), t.isMapIterator(new Map().keys())]); }],
  ['promisify shape', ({ util }) => { function f(a, cb) { cb(null, a); } const p = util.promisify(f); return `${p.name}|${p.length}|${typeof p(1).then}`; }],
  ['getSystemErrorName', ({ util }) => `${util.getSystemErrorName(-2)}|${util.getSystemErrorName(-110)}|${util.getSystemErrorMap().get(-13)}`],
  ['TextEncoder/Decoder', ({ encoding }) => { const b = new encoding.TextEncoder().encode('h€😀'); return `${Array.from(b)}|${new encoding.TextDecoder().decode(b)}|${new encoding.TextDecoder().decode(new Uint8Array([0xff, 0x61]))}`; }],
  ['parseArgs', ({ util }) => JSON.stringify(util.parseArgs({ args: ['-vf', 'x', '--tag=a'], options: { v: { type: 'boolean', short: 'v' }, f: { type: 'string', short: 'f' }, tag: { type: 'string' } } }).values)],
];
