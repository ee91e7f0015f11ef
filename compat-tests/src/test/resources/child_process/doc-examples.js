'use strict';
// The examples of Node's child_process documentation, made deterministic.
const { spawn, exec, execFile } = require('node:child_process');
const util = require('node:util');
const path = require('node:path');
const steps = [];
const run = (name, fn) => steps.push([name, fn]);
const log = (...a) => console.log(...a);

run('spawn ls', (done) => {
  const ls = spawn('ls', [path.join(__dirname, 'globdir')]);
  ls.stdout.on('data', (data) => log(`stdout: ${data}`));
  ls.stderr.on('data', (data) => log(`stderr: ${data}`));
  ls.on('close', (code) => { log(`child process exited with code ${code}`); done(); });
});
run('pipe like ps ax | grep ssh', (done) => {
  const ps = spawn('printf', ['init\nsshd\nbash\nssh-agent\n']);
  const grep = spawn('grep', ['ssh']);
  ps.stdout.on('data', (data) => grep.stdin.write(data));
  ps.on('close', (code) => { if (code !== 0) log(`ps process exited with code ${code}`); grep.stdin.end(); });
  grep.stdout.on('data', (data) => log(data.toString()));
  grep.on('close', (code) => { log('grep exited', code); done(); });
});
run('bad_command', (done) => {
  const subprocess = spawn('bad_command');
  subprocess.on('error', (err) => { log('Failed to start subprocess.', err.message, err.code, err.errno, err.syscall, err.path); });
  subprocess.on('close', (code) => { log('close', code); done(); });
});
run('exec quotes and $HOME', (done) => {
  exec('echo "The \\$HOME variable is $HOME"', (error, stdout, stderr) => { log(error, JSON.stringify(stdout), JSON.stringify(stderr)); done(); });
});
run('exec glob and missing file', (done) => {
  exec('cat *.js missing_file | wc -l', { cwd: path.join(__dirname, 'globdir') }, (error, stdout, stderr) => {
    log(`error: ${error}`, `stdout: ${stdout.trim()}`, `stderr: ${stderr.replace(/^.*cat: /, 'cat: ')}`);
    done();
  });
});
run('promisified exec', async (done) => {
  const execP = util.promisify(exec);
  const { stdout, stderr } = await execP('echo out; echo err >&2');
  log('stdout:', JSON.stringify(stdout), 'stderr:', JSON.stringify(stderr));
  const p = execP('exit 3');
  log('has child', typeof p.child.pid);
  try { await p; } catch (e) { log('rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr)); }
  done();
});
run('promisified execFile', async (done) => {
  const execFileP = util.promisify(execFile);
  const { stdout } = await execFileP('echo', ['hello', 'world']);
  log(JSON.stringify(stdout));
  done();
});
run('exec with AbortController', (done) => {
  const controller = new AbortController();
  const child = exec('grep ssh', { signal: controller.signal }, (error) => {
    log(error.name, error.code, error.message, child.killed, child.signalCode);
    done();
  });
  controller.abort();
});
run('spawn with AbortController', (done) => {
  const controller = new AbortController();
  const grep = spawn('grep', ['ssh'], { signal: controller.signal });
  grep.on('error', (err) => log('error', err.name, err.code));
  grep.on('close', (code, signal) => { log('close', code, signal); done(); });
  controller.abort();
});
run('extra fd 4', (done) => {
  const sub = spawn('sh', ['-c', 'echo four >&4; echo out'], { stdio: ['pipe', 'pipe', 'pipe', null, 'pipe'] });
  log(sub.stdio.length, sub.stdio[3], typeof sub.stdio[4].on);
  let four = '';
  sub.stdio[4].on('data', (d) => { four += d; });
  sub.on('close', (code) => { log('fd4', JSON.stringify(four), code); done(); });
});
run('kill with SIGHUP', (done) => {
  const grep = spawn('grep', ['ssh']);
  grep.on('close', (code, signal) => { log(`child process terminated due to receipt of signal ${signal}`, code); done(); });
  grep.kill('SIGHUP');
});
run('stdio inherit and ignore', (done) => {
  const c = spawn('sh', ['-c', 'sleep 1; echo inherited'], { stdio: 'inherit' });
  log(c.stdin, c.stdout, c.stderr, c.stdio);
  c.on('close', (code) => {
    const d = spawn('sh', ['-c', 'echo ignored'], { stdio: 'ignore' });
    d.on('close', (code2) => { log('codes', code, code2); done(); });
  });
});

(async () => {
  for (const [name, fn] of steps) {
    log(`--- ${name}`);
    await new Promise((resolve) => fn(resolve));
  }
})();
