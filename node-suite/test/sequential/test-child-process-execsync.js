'use strict';
// execSync()/execFileSync(): a missing shell fails without touching stderr, timeouts kill with a signal
// (ETIMEDOUT), failures name the command, output is a Buffer or a string, cwd works, stdio 'ignore'
// works, a thrown error carries the spawnSync() result fields, and shell: true works for execFileSync.
const common = require('../common');
const tmpdir = require('../common/tmpdir');
const assert = require('assert');
const { execFileSync, execSync, spawnSync } = require('child_process');
const { getSystemErrorName } = require('util');

tmpdir.refresh();

const TIMEOUT = 200;
// Windows CI machines need longer to start children (nodejs/build issue 3014).
const CHILD_RUN = common.isWindows ? 10000 : 2000;
// $NODE keeps node's path out of the shell's quoting rules.
const node = common.isWindows ? process.execPath : '$NODE';

assert.throws(() => execSync('exit -1', { shell: 'bad_shell' }), /spawnSync bad_shell ENOENT/);
assert.throws(() => execFileSync('exit -1', { shell: 'bad_shell' }), /spawnSync bad_shell ENOENT/);

{
  let returned;
  let thrown;
  const started = Date.now();
  try {
    returned = execSync(`"${node}" -e "setTimeout(function(){}, ${CHILD_RUN});"`,
                        { env: { ...process.env, NODE: process.execPath }, timeout: TIMEOUT });
  } catch (err) {
    assert.strictEqual(getSystemErrorName(err.errno), 'ETIMEDOUT');
    thrown = err;
  }
  assert.strictEqual(returned, undefined, `should not have a return value, received ${returned}`);
  assert.ok(thrown, 'execSync should throw');
  assert(Date.now() - started < CHILD_RUN);
  assert(thrown.status > 128 || thrown.signal, `status: ${thrown.status}, signal: ${thrown.signal}`);
}

assert.throws(() => execSync('iamabadcommand'), /Command failed: iamabadcommand/);

const word = 'foobar';
// console.log ends lines with '\n' on every platform.
const wordLine = Buffer.from(`${word}\n`);
const printWord = `"${node}" -e "console.log('${word}');"`;
const env = common.isWindows ? process.env : { ...process.env, NODE: process.execPath };

{
  const output = execSync(printWord, common.isWindows ? undefined : { env });
  assert.strictEqual(output.length, wordLine.length);
  assert.deepStrictEqual(output, wordLine);
}
assert.strictEqual(execSync(printWord, { encoding: 'utf8', env }), `${word}\n`);

const printArgs = ['-e', `console.log("${word}");`];
assert.deepStrictEqual(execFileSync(process.execPath, printArgs), wordLine);
assert.strictEqual(execFileSync(process.execPath, printArgs, { encoding: 'utf8' }), `${word}\n`);

// cwd (old Node issue 7824).
assert.strictEqual(execSync(common.isWindows ? 'echo %cd%' : 'pwd', { cwd: tmpdir.path }).toString().trim(),
                   tmpdir.path);

// stderr is not read when stdio is 'ignore' (old Node issue 7966).
assert.throws(() => execSync('exit -1', { stdio: 'ignore' }), /Command failed: exit -1/);

// A non-zero exit: the thrown error carries the same fields spawnSync() returns.
{
  const failArgs = ['-e', 'process.exit(1)'];
  const result = spawnSync(process.execPath, failArgs);
  const keys = Object.keys(result).sort();
  assert.deepStrictEqual(keys, ['output', 'pid', 'signal', 'status', 'stderr', 'stdout']);

  assert.throws(() => execFileSync(process.execPath, failArgs), (err) => {
    assert(err instanceof Error);
    assert.strictEqual(err.message, `Command failed: ${process.execPath} ${failArgs.join(' ')}`);
    assert.strictEqual(err.status, 1);
    assert.strictEqual(typeof err.pid, 'number');
    keys.filter((key) => key !== 'pid').forEach(common.mustCallAtLeast((key) => {
      assert.deepStrictEqual(err[key], result[key]);
    }));
    return true;
  });
}

execFileSync(`"${node}"`, [], { encoding: 'utf8', shell: true, env });
