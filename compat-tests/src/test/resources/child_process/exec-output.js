'use strict';
// exec/execFile output with child.stdout/stderr touched never, at once, late, or only in the callback: the
// same chunks, encodings, maxBuffer cuts, errors and stream states as in Node.
const { exec, execFile } = require('child_process');
const util = require('util');

function run(fn) {
  return new Promise((resolve) => {
    const child = fn((err, stdout, stderr) => resolve({ child, err, stdout, stderr }));
  });
}

function show(label, { err, stdout, stderr }) {
  console.log(label, err ? `${err.name} ${err.code} ${err.killed} ${err.signal}` : null,
    util.inspect(stdout), util.inspect(stderr));
}

async function main() {
  // Never touched.
  show('plain', await run((cb) => exec('echo out; echo err >&2', cb)));
  show('buffer', await run((cb) => exec('printf abc', { encoding: 'buffer' }, cb)));
  show('unknown encoding', await run((cb) => exec('printf abc', { encoding: 'nope' }, cb)));
  show('hex', await run((cb) => exec('printf abc', { encoding: 'hex' }, cb)));
  show('latin1', await run((cb) => execFile('printf', ['\\351t\\351'], { encoding: 'latin1' }, cb)));

  // A character split across two writes, and a broken one at the end.
  show('split', await run((cb) => exec("printf '\\342\\202'; sleep 0.05; printf '\\254x'", cb)));
  show('broken end', await run((cb) => exec("printf 'a\\342\\202'", cb)));

  // maxBuffer: Node cuts the decoded string (in UTF-16 units) and kills the child.
  show('maxBuffer ascii', await run((cb) => exec('printf 0123456789', { maxBuffer: 4 }, cb)));
  show('maxBuffer utf8', await run((cb) => exec("printf '\\342\\202\\254\\342\\202\\254'", { maxBuffer: 4 }, cb)));
  show('maxBuffer buffer', await run((cb) => exec('printf 0123456789', { maxBuffer: 4, encoding: 'buffer' }, cb)));
  show('maxBuffer stderr', await run((cb) => exec('printf 0123456789 >&2', { maxBuffer: 3 }, cb)));
  show('maxBuffer 0', await run((cb) => exec('printf 0', { maxBuffer: 0 }, cb)));

  // Touched at once: the program's listener sees what exec collects.
  let seen = [];
  let r = await run((cb) => {
    const c = exec('echo one', cb);
    c.stdout.on('data', (d) => seen.push(typeof d, d));
    return c;
  });
  show('touched', r);
  console.log('  seen', seen, r.child.stdout.listenerCount('data'), r.child.stdout.readableEncoding,
    r.child.stdout.destroyed, r.child.stdout.bytesRead);

  // setEncoding by the program changes what exec returns (exec reads the stream's encoding).
  r = await run((cb) => {
    const c = exec('printf xyz', cb);
    c.stdout.setEncoding('hex');
    return c;
  });
  show('setEncoding hex', r);
  r = await run((cb) => {
    const c = exec('printf xyz', { encoding: 'buffer' }, cb);
    c.stderr.setEncoding('base64');
    c.stdout.setEncoding('base64');
    return c;
  });
  show('buffer then base64', r);

  // Touched after some output already arrived.
  seen = [];
  r = await run((cb) => {
    const c = exec("printf '\\342\\202'; sleep 0.3; printf '\\254 late'", cb);
    setTimeout(() => {
      c.stdout.on('data', (d) => seen.push(d));
      console.log('  late touch', c.stdout.readableEncoding, c.stdout.listenerCount('data'), c.stdout.bytesRead);
    }, 150);
    return c;
  });
  show('late', r);
  console.log('  seen', seen, r.child.stdout.bytesRead);

  // Touched only in the callback: a stream in Node's state after 'close'.
  r = await run((cb) => exec('echo done', cb));
  console.log('after', r.child.stdout.destroyed, r.child.stdout.readableEnded, r.child.stdout.readable,
    r.child.stdout.readableEncoding, r.child.stdout.listenerCount('data'), r.child.stdin.destroyed,
    r.child.stdio.length, r.child.stdio[2] === r.child.stderr);

  // Through child.stdio.
  r = await run((cb) => {
    const c = exec('echo via stdio', cb);
    c.stdio[1].on('data', (d) => console.log('  stdio[1] data', JSON.stringify(d)));
    return c;
  });
  show('stdio', r);

  // Errors and kills.
  show('exit 3', await run((cb) => exec('echo partial; exit 3', cb)));
  show('timeout', await run((cb) => exec('printf before; sleep 5', { timeout: 200 }, cb)));
  r = await run((cb) => {
    const c = exec('printf x; sleep 5', cb);
    setTimeout(() => c.kill('SIGKILL'), 100);
    return c;
  });
  show('killed', r);
  show('enoent', await run((cb) => execFile('/no/such/file', cb)));

  // Promisified.
  console.log(await util.promisify(exec)('echo promised'));
  await util.promisify(execFile)('sh', ['-c', 'echo failing; exit 2']).catch((e) => console.log(e.code,
    util.inspect(e.stdout), util.inspect(e.stderr)));

  // Many at once.
  const outs = await Promise.all(Array.from({ length: 20 }, (_, i) =>
    run((cb) => exec(`echo ${i}`, cb)).then((x) => x.stdout.trim())));
  console.log('many', outs.join(','));
}

main();
