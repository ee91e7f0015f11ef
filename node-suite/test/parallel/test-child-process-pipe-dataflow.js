'use strict';
// cat <file> | grep x | wc -c wired with child stdout streams as the next child's stdin: all 1 MiB
// arrives, Node never reads those pipes itself, and every child exits 0.
const common = require('../common');

if (common.isWindows) {
  // Node issue 48300.
  common.skip('Does not work with cygwin quirks on Windows');
}

const assert = require('assert');
const fs = require('fs');
const { spawn } = require('child_process');
const tmpdir = require('../common/tmpdir');

const KB = 1024;
const MB = KB * KB;

tmpdir.refresh();
const file = tmpdir.resolve('data.txt');
// One MiB of 'x' with a '\n' every KiB (except at 0), so line-buffering tools see many lines.
const content = Buffer.alloc(MB).fill('x');
for (let i = 1; i < KB; i++) content.write('\n', i * KB);
fs.writeFileSync(file, content.toString());

const cat = spawn('cat', [file]);
const grep = spawn('grep', ['x'], { stdio: [cat.stdout, 'pipe', 'pipe'] });
const wc = spawn('wc', ['-c'], { stdio: [grep.stdout, 'pipe', 'pipe'] });

// The pipes go straight from child to child; reading them here would steal data.
cat.stdout._handle.readStart = common.mustNotCall();
grep.stdout._handle.readStart = common.mustNotCall();

// Collected and asserted at exit so that a failure shows every cause.
const problems = [];
process.on('exit', () => {
  assert.deepStrictEqual(problems, []);
});

[cat, grep, wc].forEach((child, index) => {
  const report = (what, kind) => console.error(`unexpected ${kind} from child #${index}:\n${what}`);
  child.stderr.on('data', (chunk) => report(chunk, 'data'));
  child.on('error', (err) => report(err, 'error'));
  child.on('exit', common.mustCall((code) => {
    if (code !== 0) problems.push(`child ${index} exited with code ${code}`);
  }));
});

let count = '';
wc.stdout.on('data', common.mustCall((chunk) => { count += chunk; }));
process.on('exit', () => {
  // grep adds a newline after the last line.
  assert.strictEqual(count.trim(), (MB + 1).toString());
});
