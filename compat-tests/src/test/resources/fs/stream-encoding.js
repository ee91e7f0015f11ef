'use strict';
// Read streams with encoding utf8: characters split across chunks, ranges that cut a character, setEncoding.
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(process.argv[2], 'se-'));
const f = path.join(root, 'u.txt');
fs.writeFileSync(f, 'h\u00e9llo \u20ac \ud83d\ude00 end');
const runs = [{ highWaterMark: 1 }, { highWaterMark: 3 }, { start: 2, end: 9 }, { start: 1, end: 2 }, {}];
let i = 0;
function next() {
  if (i >= runs.length) { setEnc(); return; }
  const o = runs[i++];
  const parts = [];
  const r = fs.createReadStream(f, { ...o, encoding: 'utf8' });
  r.on('data', (c) => parts.push(c));
  r.on('end', () => { console.log(JSON.stringify(o), JSON.stringify(parts.join('')), parts.length > 0, r.bytesRead); next(); });
}
function setEnc() {
  const r = fs.createReadStream(f);
  r.setEncoding('utf8');
  let s = '';
  r.on('data', (c) => { s += c; console.log(typeof c); });
  r.on('close', () => { console.log('setEncoding', JSON.stringify(s)); fs.rmSync(root, { recursive: true }); });
}
next();
