'use strict';
const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = stream;
console.log(stream === stream.Stream, typeof stream, stream.getDefaultHighWaterMark(true));
console.log(require('_stream_readable') === Readable, new Readable() instanceof require('_stream_readable'));
console.log(new Readable() instanceof stream, new PassThrough() instanceof require('events'));
console.log(new Readable({ objectMode: true }).readableHighWaterMark, new Writable({ highWaterMark: 5 }).writableHighWaterMark);
const { text, json, buffer } = require('stream/consumers');
(async () => {
  console.log(await text(Readable.from(['a', 'b'])));
  console.log(await json(Readable.from(['{"x"', ':1}'])));
  console.log(await buffer(Readable.from([Buffer.from('hi')])));
  const chunks = [];
  await require('stream/promises').pipeline(Readable.from(['x', 'y']),
    new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } }),
    new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } }));
  console.log(chunks);
  const r = new Readable({ read() {} });
  r.destroy(new Error('bad'));
  finished(r, (err) => console.log('finished', err.message));
  for await (const c of Readable.from([1, 2, 3])) console.log('it', c);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.write('x', (err) => console.log('wae', err.code, err.message));
  w.on('error', (e) => console.log('err ev', e.code));
  pipeline(Readable.from(['a']), new Writable({ write(c, e, cb) { cb(new Error('wfail')); } }), (err) => console.log('pl', err.message));
  const [a, b] = stream.duplexPair();
  b.on('data', (d) => console.log('pair', d.toString()));
  a.write('hello');
  const ac = new AbortController();
  const rs = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  rs.on('error', (e) => console.log('abort', e.name, e.code));
  ac.abort();
  console.log(stream.isErrored(r), stream.isReadable(Readable.from([])));
  const arr = await Readable.from([1, 2, 3]).map((x) => x * 2).toArray();
  console.log(arr);
})();
