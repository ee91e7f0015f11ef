'use strict';
// createReadStream/createWriteStream: events and their order, fd/start/end, bytesRead/bytesWritten, autoClose.
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(process.argv[2], 'st-'));
const rel = (p) => (typeof p === 'string' ? p.split(root).join('<tmp>') : p);
const f = path.join(root, 'data.txt');

function watch(name, s, events) {
  for (const ev of events) {
    s.on(ev, (x) => console.log(name, ev, typeof x === 'number' ? 'fd' : Buffer.isBuffer(x) ? x.toString() : x));
  }
}

const steps = [
  (next) => {
    const w = fs.createWriteStream(f);
    console.log('w', w instanceof fs.WriteStream, w.pending, rel(w.path), w.fd, w.flags, w.mode, w.bytesWritten);
    watch('w', w, ['open', 'ready', 'finish', 'close']);
    w.write('hello ');
    w.write(Buffer.from('world'));
    w.end('\n', () => console.log('w end cb', w.bytesWritten, w.pending));
    w.on('close', next);
  },
  (next) => {
    const r = fs.createReadStream(f, { encoding: 'utf8' });
    console.log('r', r instanceof fs.ReadStream, r.pending, rel(r.path), r.fd, r.flags, r.start, r.end, r.autoClose);
    watch('r', r, ['open', 'ready', 'data', 'end', 'close']);
    r.on('close', () => { console.log('r bytesRead', r.bytesRead); next(); });
  },
  (next) => {
    const r = fs.createReadStream(f, { start: 2, end: 6 });
    const chunks = [];
    r.on('data', (c) => chunks.push(c));
    r.on('end', () => console.log('range', JSON.stringify(Buffer.concat(chunks).toString()), r.bytesRead, r.pos));
    r.on('close', next);
  },
  (next) => {
    const r = fs.createReadStream(f, { highWaterMark: 4 });
    let n = 0;
    r.on('data', (c) => { n++; });
    r.on('end', () => console.log('small chunks', n));
    r.on('close', next);
  },
  (next) => {
    const fd = fs.openSync(f, 'r');
    const r = fs.createReadStream(null, { fd, autoClose: false });
    watch('fd-r', r, ['open', 'ready', 'end', 'close']);
    r.resume();
    r.on('end', () => {
      setTimeout(() => {
        console.log('fd still open', fs.fstatSync(fd).size);
        fs.closeSync(fd);
        next();
      }, 20);
    });
  },
  (next) => {
    const fd = fs.openSync(f, 'r+');
    const w = fs.createWriteStream(null, { fd, start: 6 });
    watch('fd-w', w, ['open', 'finish', 'close']);
    w.end('WORLD', () => console.log('fd-w', fs.readFileSync(f, 'utf8').trim(), w.bytesWritten));
    w.on('close', next);
  },
  (next) => {
    const w = fs.createWriteStream(f, { flags: 'a' });
    w.end('more\n');
    w.on('close', () => { console.log('appended', JSON.stringify(fs.readFileSync(f, 'utf8'))); next(); });
  },
  (next) => {
    const r = fs.createReadStream(path.join(root, 'missing'));
    watch('missing', r, ['open', 'close']);
    r.on('error', (e) => console.log('missing error', e.code, rel(e.message)));
    r.on('close', next);
  },
  (next) => {
    const r = fs.createReadStream(f);
    r.on('open', () => r.close((e) => { console.log('closed early', e && e.code, r.destroyed); next(); }));
  },
  (next) => {
    const w = fs.createWriteStream(path.join(root, 'c.txt'));
    w.write('abc');
    w.close(() => {
      console.log('w.close', fs.readFileSync(path.join(root, 'c.txt'), 'utf8'), w.closed);
      next();
    });
  },
  (next) => {
    const r = fs.createReadStream(f);
    const w = fs.createWriteStream(path.join(root, 'copy.txt'));
    r.pipe(w);
    w.on('close', () => { console.log('piped', fs.readFileSync(path.join(root, 'copy.txt'), 'utf8') === fs.readFileSync(f, 'utf8')); next(); });
  },
  (next) => {
    fs.rmSync(root, { recursive: true });
    next();
  },
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); };
next();
