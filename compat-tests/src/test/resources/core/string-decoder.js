const { StringDecoder } = require('string_decoder');
const euro = Buffer.from('€');
let d = new StringDecoder('utf8'); console.log(JSON.stringify([d.write(euro.subarray(0, 1)), d.write(euro.subarray(1)), d.end(Buffer.from([0xe2]))]));
d = new StringDecoder('utf16le'); console.log(JSON.stringify([d.write(Buffer.from([0x68])), d.write(Buffer.from([0, 0x3d, 0xd8])), d.write(Buffer.from([0x00, 0xde])), d.end()]));
d = new StringDecoder('base64'); console.log(JSON.stringify([d.write(Buffer.from('ab')), d.write(Buffer.from('c')), d.end(Buffer.from('d'))]));
d = new StringDecoder('hex'); console.log(d.write(Buffer.from([1, 255])), d.end());
d = new StringDecoder('latin1'); console.log(d.write(Buffer.from([0xe9])), d.encoding, new StringDecoder().encoding, new StringDecoder('ucs2').encoding, new StringDecoder('binary').encoding);
d = new StringDecoder('base64url'); console.log(d.write(Buffer.from('ab?')), d.end());
try { new StringDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
d = new StringDecoder('utf8'); console.log(JSON.stringify(d.write(Buffer.from([0xf0, 0x9f]))), JSON.stringify(d.end()), JSON.stringify(new StringDecoder().write(Buffer.from([0xff, 0x41]))));
