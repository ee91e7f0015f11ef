'use strict';
// Child stdio streams touched early, late or never: the same events, states and data as in Node.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function exited(child) {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
}

function closed(child) {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
}

async function main() {
  // Never touched until 'close'.
  const a = spawn('/bin/true');
  console.log('keys', Object.keys(a).filter((k) => k.startsWith('std')).join(','));
  console.log('a close', await closed(a), a.stdout.destroyed, a.stdout.readableEnded, a.stdout.readable,
    a.stdin.destroyed, a.stdin.writable, a.stderr.destroyed, a.stdio.length, a.stdio[1] === a.stdout);

  // Touched only in 'exit': the output written before is still there.
  const b = spawn('sh', ['-c', 'echo out; echo err >&2']);
  let text = '';
  b.on('exit', (code) => {
    b.stdout.on('data', (d) => { text += `stdout:${d}`; });
    b.stderr.on('data', (d) => { text += `stderr:${d}`; });
    console.log('b exit', code);
  });
  console.log('b close', await closed(b), JSON.stringify(text.split('\n').sort().join('|')));

  // A consumer that pauses: Node resumes the stream after 'exit', so 'close' comes.
  const c = spawn('sh', ['-c', 'echo x']);
  c.stdout.on('data', (d) => {
    console.log('c data', String(d).trim());
    c.stdout.pause();
  });
  c.on('exit', () => console.log('c paused at exit', c.stdout.isPaused()));
  console.log('c close', await closed(c));

  // The program replaces a property: its value stays, 'close' still comes.
  const d = spawn('sh', ['-c', 'echo replaced']);
  d.stdout = 'mine';
  console.log('d close', await closed(d), d.stdout, d.stdio[1] !== null);

  // One child's stdout as the next one's stdin: every byte reaches the second child. (The first child's 'close'
  // never comes in Node: its stdout is neither read nor resumed, so the script waits for 'exit'.)
  const file = path.join(os.tmpdir(), `gnode-stdio-use-${process.pid}.txt`);
  fs.writeFileSync(file, 'y'.repeat(300000));
  const cat = spawn('cat', [file]);
  const wc = spawn('wc', ['-c'], { stdio: [cat.stdout, 'pipe', 'inherit'] });
  let count = '';
  wc.stdout.on('data', (chunk) => { count += chunk; });
  const catExit = exited(cat);
  console.log('pipe', await closed(wc), await catExit, count.trim());
  fs.unlinkSync(file);

  // An extra pipe at fd 3, written by the child.
  const e = spawn('sh', ['-c', 'echo extra >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  let extra = '';
  e.stdio[3].on('data', (chunk) => { extra += chunk; });
  console.log('e close', await closed(e), extra.trim(), e.stdio.length);

  // Touched only after 'close': stdin is destroyed (not ended) and a write fails as in Node; stdout is over.
  const f = spawn('/bin/true');
  await closed(f);
  const s = f.stdin;
  console.log('f stdin', s.destroyed, s.writable, s.writableEnded, s.writableFinished, s.closed);
  s.on('error', (err) => console.log('f stdin error', err.code));
  const writeDone = new Promise((resolve) => {
    console.log('f write returns', s.write('x', (err) => resolve(err && err.code)));
  });
  console.log('f write callback', await writeDone);
  console.log('f stdout', f.stdout.closed, f.stdout.readableEnded, f.stdout.errored, f.stdout.readableAborted);
}

main();
