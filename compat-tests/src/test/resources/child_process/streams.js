'use strict';
const { spawn } = require('node:child_process');
const steps = [];
const run = (name, fn) => steps.push([name, fn]);
const log = (...a) => console.log(...a);

run('stdin backpressure into wc -c', (done) => {
  const wc = spawn('wc', ['-c']);
  const chunk = Buffer.alloc(64 * 1024, 97);
  let written = 0;
  let sawFalse = false;
  function writeMore() {
    while (written < 8 * 1024 * 1024) {
      written += chunk.length;
      if (!wc.stdin.write(chunk)) {
        sawFalse = true;
        wc.stdin.once('drain', writeMore);
        return;
      }
    }
    wc.stdin.end();
  }
  writeMore();
  let out = '';
  wc.stdout.on('data', (d) => { out += d; });
  wc.on('close', (code) => { log('wc counted', out.trim(), 'backpressure seen', sawFalse, code); done(); });
});
run('large stdout is read completely, chunks at most 64 KiB', (done) => {
  const c = spawn('head', ['-c', String(5 * 1024 * 1024), '/dev/zero']);
  let total = 0;
  let max = 0;
  c.stdout.on('data', (d) => { total += d.length; max = Math.max(max, d.length); });
  c.on('close', (code) => { log('total', total, 'max chunk <= 65536', max <= 65536, code); done(); });
});
run('EPIPE on stdin of an exited child', (done) => {
  const c = spawn('true');
  c.on('exit', () => {
    c.stdin.write('x', (err) => log('write callback', err && err.code));
  });
  c.stdin.on('error', (err) => log('stdin error', err.code, err.syscall));
  c.on('close', (code) => { setTimeout(() => { log('closed', code); done(); }, 100); });
});
run('setEncoding and pipe between children', (done) => {
  const a = spawn('printf', ['héllo wörld']);
  const b = spawn('tr', ['a-z', 'A-Z']);
  a.stdout.pipe(b.stdin);
  b.stdout.setEncoding('utf8');
  let s = '';
  b.stdout.on('data', (d) => { s += d; });
  b.on('close', () => { log('piped', s); done(); });
});
run('event order', (done) => {
  const events = [];
  const c = spawn('sh', ['-c', 'echo one; sleep 0.1; echo two >&2; exit 7']);
  c.on('spawn', () => events.push('spawn'));
  c.stdout.on('data', (d) => events.push('stdout ' + d.toString().trim()));
  c.stderr.on('data', (d) => events.push('stderr ' + d.toString().trim()));
  c.stdout.on('end', () => events.push('stdout end'));
  c.on('exit', (code, sig) => events.push(`exit ${code} ${sig}`));
  c.on('close', (code, sig) => {
    events.push(`close ${code} ${sig}`);
    log(events.filter((e) => e !== 'stdout end').join(' | '));
    log(events.indexOf('stdout end') < events.indexOf('close 7 null'), c.exitCode, c.signalCode, c.killed, typeof c.pid);
    done();
  });
});
run('kill, killed and signal numbers', (done) => {
  const c = spawn('sleep', ['10']);
  log('kill returns', c.kill(9), c.killed);
  c.on('exit', (code, sig) => {
    log('exit', code, sig, c.signalCode);
    log('kill after exit', c.kill());
    done();
  });
});
run('child ignoring SIGTERM is still killable', (done) => {
  const c = spawn('sh', ['-c', 'trap "" TERM; echo ready; sleep 5']);
  c.stdout.once('data', () => {
    c.kill('SIGTERM');
    setTimeout(() => c.kill('SIGKILL'), 200);
  });
  c.on('exit', (code, sig) => { log('exit', code, sig); done(); });
});
run('env: undefined dropped, values coerced, no PATH uses /usr/bin:/bin', (done) => {
  const c = spawn('sh', ['-c', 'echo "$A|$B|${C-unset}"'], { env: { A: 1, B: true, C: undefined } });
  let s = '';
  c.stdout.on('data', (d) => { s += d; });
  c.on('close', () => { log('env', s.trim()); done(); });
});
run('unref lets the parent exit while a child runs', (done) => {
  const c = spawn('sleep', ['0.3']);
  c.unref();
  log('unref returns', c.unref());
  c.ref();
  c.on('exit', (code) => { log('ref again waited for exit', code); done(); });
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await new Promise((resolve) => fn(resolve));
  }
})();
