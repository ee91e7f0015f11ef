'use strict';
// A detached child leads its own session; unref() lets the parent exit first (the doc's example).
const { spawn, execFileSync } = require('node:child_process');
if (process.argv[2] === 'parent') {
  const sub = spawn('sh', ['-c', 'read sid rest < /proc/$$/stat; echo "$$ $(cut -d" " -f6 /proc/$$/stat)" > "$0"; sleep 0.5', process.argv[3]], {
    detached: true,
    stdio: 'ignore',
  });
  sub.unref();
  console.log('parent done', typeof sub.pid);
} else {
  const out = require('node:path').join(require('node:os').tmpdir(), `gnode-detached-${process.pid}`);
  const t0 = Date.now();
  const parentOut = execFileSync(process.execPath, [__filename, 'parent', out], { encoding: 'utf8' });
  console.log(parentOut.trim());
  setTimeout(() => {
    const [pid, sid] = require('node:fs').readFileSync(out, 'utf8').trim().split(' ');
    console.log('child is session leader', pid === sid);
    require('node:fs').unlinkSync(out);
  }, 1000);
}
