'use strict';
// readFile with every encoding (decoded natively by gnode), including malformed UTF-8 and a BOM.
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(process.argv[2], 'enc-'));
const f = path.join(root, 'enc.bin');
fs.writeFileSync(f, Buffer.from([0x68, 0xc3, 0xa9, 0xff, 0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0x80, 0x00, 0x7f, 0x80]));
for (const e of ['utf8', 'UTF-8', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'base64', 'base64url', 'hex']) {
  console.log(e, JSON.stringify(fs.readFileSync(f, e)), JSON.stringify(fs.readFileSync(f, { encoding: e })));
}
fs.writeFileSync(f, '\ufeffbom \u00e9\u20ac\ud83d\ude00');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.readFileSync(f).length);
fs.writeFileSync(f, '\u00e9t\u00e9', 'latin1');
console.log(fs.readFileSync(f), fs.readFileSync(f, 'latin1'));
fs.writeFileSync(f, 'aGVsbG8=', 'base64');
console.log(fs.readFileSync(f, 'utf8'));
fs.readFile(f, 'hex', (err, s) => {
  console.log('callback', err, s);
  fs.promises.readFile(f, { encoding: 'base64' }).then((b) => {
    console.log('promise', b);
    fs.rmSync(root, { recursive: true });
  });
});
