'use strict';
// spawnSync(): inherited stdio works from a nested child; options.input accepts strings, Buffers and
// every ArrayBufferView (not numbers); output is Buffers unless an encoding is given.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const OUT = 'this is stdout';
const ERR = 'this is stderr';
const outBytes = Buffer.from(`${OUT}\n`);
const errBytes = Buffer.from(`${ERR}\n`);
const printBoth = ['-e', `console.log("${OUT}"); console.error("${ERR}");`];

function expectSuccess(result) {
  assert.strictEqual(result.status, 0);
  assert.strictEqual(result.error, undefined);
}

function expectBothOutputs(result) {
  expectSuccess(result);
  assert.deepStrictEqual(result.stdout, outBytes);
  assert.deepStrictEqual(result.stderr, errBytes);
}

if (process.argv.includes('spawnchild')) {
  // The nested child inherits this process's stdio, which the top-level test captures.
  const stdio = process.argv[3] === '1' ? 'inherit' : ['inherit', 'inherit', 'inherit'];
  if (process.argv[3] === '1' || process.argv[3] === '2') {
    expectSuccess(spawnSync(process.execPath, printBoth, { stdio }));
  }
  return;
}

expectBothOutputs(spawnSync(process.execPath, [__filename, 'spawnchild', 1]));
expectBothOutputs(spawnSync(process.execPath, [__filename, 'spawnchild', 2]));

assert.throws(() => spawnSync('cat', [], { input: 1234 }), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

{
  const input = 'hello world';
  const result = spawnSync('cat', [], { input });
  expectSuccess(result);
  assert.strictEqual(result.stdout.toString('utf8'), input);
  assert.strictEqual(result.stderr.toString('utf8'), '');
}

{
  const input = Buffer.from('hello world');
  const result = spawnSync('cat', [], { input });
  expectSuccess(result);
  assert.deepStrictEqual(result.stdout, input);
  assert.deepStrictEqual(result.stderr, Buffer.from(''));
}

// 88 bytes: a multiple of 8, so every view type fits.
const bytes = Buffer.from('hello world'.repeat(8));
for (const view of common.getArrayBufferViews(bytes)) {
  const result = spawnSync('cat', [], { input: view });
  expectSuccess(result);
  assert.deepStrictEqual(result.stdout, bytes);
  assert.deepStrictEqual(result.stderr, Buffer.from(''));
}

expectBothOutputs(spawnSync(process.execPath, printBoth));

{
  const result = spawnSync(process.execPath, printBoth, { encoding: 'utf8' });
  expectSuccess(result);
  assert.strictEqual(result.stdout, `${OUT}\n`);
  assert.strictEqual(result.stderr, `${ERR}\n`);
}
