'use strict';
// .bat/.cmd files (any case, with trailing spaces or dots) cannot be spawned directly on Windows: spawn
// and spawnSync fail with EINVAL unless shell is set, because their arguments cannot be escaped safely.
// Elsewhere the missing file is simply ENOENT. exec/execSync go through the shell as always.
const common = require('../common');
const cp = require('child_process');
const assert = require('assert');
const { isWindows } = common;

const batchCode = isWindows ? 'EINVAL' : 'ENOENT';
// Exit status of the shell for a missing command.
const shellStatus = isWindows ? 1 : 127;
const suffixes =
  'BAT|bAT|BaT|baT|BAt|bAt|Bat|bat|CMD|cMD|CmD|cmD|CMd|cMd|Cmd|cmd|cmd |cmd .|cmd ....'.split('|');

function viaExec(file) {
  return new Promise((resolve) => {
    cp.exec(file).once('exit', common.mustCall((status) => {
      assert.strictEqual(status, shellStatus);
      resolve();
    }));
  });
}

function viaExecSync(file) {
  let thrown;
  try {
    cp.execSync(file);
  } catch (err) {
    thrown = err;
  }
  if (!thrown) throw new Error(`Exception expected for ${file}`);
  assert.strictEqual(thrown.status, shellStatus);
}

// EINVAL is thrown synchronously; ENOENT arrives as an 'error' event.
function viaSpawn(file, code) {
  if (code === 'EINVAL') {
    let thrown;
    try {
      cp.spawn(file);
    } catch (err) {
      thrown = err;
    }
    if (!thrown) throw new Error(`Exception expected for ${file}`);
    assert.strictEqual(thrown.code, code);
    return undefined;
  }
  return new Promise((resolve) => {
    cp.spawn(file).once('error', common.mustCall((err) => {
      assert.strictEqual(err.code, code);
      resolve();
    }));
  });
}

function viaSpawnSync(file, code) {
  assert.strictEqual(cp.spawnSync(file).error.code, code);
  assert.strictEqual(cp.spawnSync(file, { shell: true }).status, shellStatus);
}

const plain = './nosuchdir/nosuchfile';
viaExecSync(plain);
viaSpawnSync(plain, 'ENOENT');
for (const suffix of suffixes) {
  viaExecSync(`${plain}.${suffix}`);
  viaSpawnSync(`${plain}.${suffix}`, batchCode);
}

(async () => {
  await viaExec(plain);
  await viaSpawn(plain, 'ENOENT');
  for (const suffix of suffixes) {
    await viaExec(`${plain}.${suffix}`);
    await viaSpawn(`${plain}.${suffix}`, batchCode);
  }
})().catch((err) => { throw err; });
