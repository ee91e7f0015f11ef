// Options are read as own properties only: cwd, uid, execPath or shell set on Object.prototype must not
// change what exec/execFile/spawn/fork (sync or not) do.
import * as common from '../common/index.mjs';
import * as fixtures from '../common/fixtures.mjs';
import { EOL } from 'node:os';
import assert from 'node:assert';
import cp from 'node:child_process';

if (!common.isLinux) common.skip();

const realCwd = process.cwd();
const realUid = process.getuid();

// Runs `command` every way there is and expects `expected` followed by a newline each time.
function expectSameEverywhere(file, args, expected) {
  const line = `${expected}${EOL}`;
  const shellCommand = [file, ...args].join(' ');
  cp.exec(shellCommand, common.mustSucceed((out) => assert.strictEqual(`${out}`, line)));
  assert.strictEqual(`${cp.execSync(shellCommand)}`, line);
  const check = common.mustSucceed((out) => assert.strictEqual(`${out}`, line));
  if (args.length === 0) cp.execFile(file, check);
  else cp.execFile(file, args, check);
  assert.strictEqual(`${args.length === 0 ? cp.execFileSync(file) : cp.execFileSync(file, args)}`, line);
  const spawned = args.length === 0 ? cp.spawn(file) : cp.spawn(file, args);
  spawned.stdout.on('data', common.mustCall((out) => assert.strictEqual(`${out}`, line)));
  assert.strictEqual(`${(args.length === 0 ? cp.spawnSync(file) : cp.spawnSync(file, args)).stdout}`, line);
}

for (const tampered of ['', '/tmp', '/not/existing/malicious/path', 42n]) {
  Object.prototype.cwd = tampered;
  expectSameEverywhere('pwd', [], realCwd);
  delete Object.prototype.cwd;
}

for (const tampered of [0, 1, 999, 1000, 0n, 'gwak']) {
  Object.prototype.uid = tampered;
  expectSameEverywhere('id', ['-u'], realUid);
  delete Object.prototype.uid;
}

{
  Object.prototype.execPath = '/not/existing/malicious/path';
  // Would throw ENOENT if the inherited execPath were used.
  cp.fork(fixtures.path('empty.js'));
  delete Object.prototype.execPath;
}

// An inherited shell: true would run `pwd -L && echo "tampered"` through a shell and succeed.
{
  Object.prototype.shell = true;
  const injection = '-L && echo "tampered"';
  const options = { cwd: realCwd };

  const child = cp.spawn('pwd', [injection], options);
  child.stderr.on('data', common.mustCall());
  child.stdout.on('data', common.mustNotCall());
  child.on('exit', common.mustCall((code) => assert.notStrictEqual(code, 0)));

  cp.execFile('pwd', [injection], options, common.mustCall((err) => {
    assert.notStrictEqual(err.code, 0);
  }));
  assert.throws(() => cp.execFileSync('pwd', [injection], options), (err) => {
    assert.notStrictEqual(err.status, 0);
    return true;
  });
  assert.notStrictEqual(cp.spawnSync('pwd', [injection], options).status, 0);
  delete Object.prototype.shell;
}
