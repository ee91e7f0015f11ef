'use strict';
// execFile() maxBuffer: default 1 MiB, Infinity, and small limits on stdout and stderr, with and without
// decoding.
const common = require('../common');
const assert = require('assert');
const { execFile } = require('child_process');

function expectOverflow(streamName) {
  return common.mustCall((err) => {
    assert(err instanceof RangeError);
    assert.strictEqual(err.message, `${streamName} maxBuffer length exceeded`);
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  });
}

execFile(process.execPath, ['-e', 'console.log("a".repeat(1024 * 1024))'], expectOverflow('stdout'));

execFile(process.execPath, ['-e', 'console.log("a".repeat(1024 * 1024 - 1))'],
         common.mustSucceed((stdout, stderr) => {
           assert.strictEqual(stdout.trim(), 'a'.repeat(1024 * 1024 - 1));
           assert.strictEqual(stderr, '');
         }));

execFile(process.execPath, ['-e', 'console.log("hello world");'], { maxBuffer: Infinity },
         common.mustSucceed((stdout, stderr) => {
           assert.strictEqual(stdout.trim(), 'hello world');
           assert.strictEqual(stderr, '');
         }));

execFile('echo', ['hello world'], { maxBuffer: 5 }, expectOverflow('stdout'));

// 4 characters, 12 bytes.
const chinese = '中文测试';

execFile(process.execPath, ['-e', `console.log('${chinese}');`], { maxBuffer: 10 }, expectOverflow('stdout'));
execFile(process.execPath, ['-e', `console.error('${chinese}');`], { maxBuffer: 10 }, expectOverflow('stderr'));

execFile(process.execPath, ['-e', `console.log('${chinese}');`], { encoding: null, maxBuffer: 10 },
         expectOverflow('stdout')).stdout.setEncoding('utf-8');
execFile(process.execPath, ['-e', `console.error('${chinese}');`], { encoding: null, maxBuffer: 10 },
         expectOverflow('stderr')).stderr.setEncoding('utf-8');
