'use strict';
// exec() maxBuffer: default 1 MiB (1024*1024 chars plus newline is too much, one less fits), Infinity,
// small limits; output is cut at the limit counted in characters when decoding, in bytes when not.
const common = require('../common');
const assert = require('assert');
const cp = require('child_process');

function expectMaxBufferError(err, output, streamName, expected) {
  assert.strictEqual(err.message, `${streamName} maxBuffer length exceeded`);
  assert(err instanceof RangeError);
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.deepStrictEqual(output[streamName], expected);
}

// Runs `"<node>" <args>` through the shell; node's path travels in the environment.
function execNode(args, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const [prefix, shellOptions] = common.escapePOSIXShell`"${process.execPath}" `;
  return cp.exec(prefix + args, { ...shellOptions, ...options }, callback);
}

const MiB = 1024 * 1024;

execNode(`-e "console.log('a'.repeat(1024 * 1024))"`, common.mustCall((err) => {
  assert(err instanceof RangeError);
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
}));

execNode(`-e "console.log('a'.repeat(1024 * 1024 - 1))"`, common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout.trim(), 'a'.repeat(MiB - 1));
  assert.strictEqual(stderr, '');
}));

execNode(`-e "console.log('hello world');"`, { maxBuffer: Infinity }, common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout.trim(), 'hello world');
  assert.strictEqual(stderr, '');
}));

cp.exec('echo hello world', { maxBuffer: 5 }, common.mustCall((err, stdout, stderr) => {
  expectMaxBufferError(err, { stdout, stderr }, 'stdout', 'hello');
}));

execNode(`-e "console.log('a'.repeat(1024 * 1024))"`, common.mustCall((err, stdout, stderr) => {
  expectMaxBufferError(err, { stdout, stderr }, 'stdout', 'a'.repeat(MiB));
}));

execNode(`-e "console.log('a'.repeat(1024 * 1024 - 1))"`, common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout.trim(), 'a'.repeat(MiB - 1));
  assert.strictEqual(stderr, '');
}));

// 4 characters, 12 bytes in UTF-8.
const chinese = '中文测试';

execNode(`-e "console.log('${chinese}');"`, { maxBuffer: 10 }, common.mustCall((err, stdout, stderr) => {
  expectMaxBufferError(err, { stdout, stderr }, 'stdout', '中文测试\n');
}));

execNode(`-e "console.error('${chinese}');"`, { maxBuffer: 3 }, common.mustCall((err, stdout, stderr) => {
  expectMaxBufferError(err, { stdout, stderr }, 'stderr', '中文测');
}));

// encoding: null, but the stream itself decodes: the limit counts characters again.
execNode(`-e "console.log('${chinese}');"`, { encoding: null, maxBuffer: 10 },
         common.mustCall((err, stdout, stderr) => {
           expectMaxBufferError(err, { stdout, stderr }, 'stdout', '中文测试\n');
         })).stdout.setEncoding('utf-8');

execNode(`-e "console.error('${chinese}');"`, { encoding: null, maxBuffer: 3 },
         common.mustCall((err, stdout, stderr) => {
           expectMaxBufferError(err, { stdout, stderr }, 'stderr', '中文测');
         })).stderr.setEncoding('utf-8');

// Raw bytes: cut after 5 bytes.
execNode(`-e "console.error('${chinese}');"`, { encoding: null, maxBuffer: 5 },
         common.mustCall((err, stdout, stderr) => {
           expectMaxBufferError(err, { stdout, stderr }, 'stderr', Buffer.from(chinese).slice(0, 5));
         }));
