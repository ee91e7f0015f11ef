'use strict';
const buffer = require('buffer');
const { Buffer } = buffer;
console.log(Buffer === globalThis.Buffer);
const b = Buffer.from('héllo wörld');
console.log(b, b.length, b.toString(), b.toString('latin1'), b.toString('hex'), b.toString('base64'), b.toString('base64url'));
console.log(Buffer.from('aGk_-w', 'base64url'), Buffer.from('aGk/+w==', 'base64'), Buffer.from('ff00zz', 'hex'));
console.log(Buffer.from('hi', 'utf16le'), Buffer.from('hi', 'ucs2').toString('utf16le'), Buffer.from([0xff, 0xfe]).toString('binary'));
console.log(Buffer.from([0xe2, 0x82]).toString(), Buffer.from([0xc0, 0x80, 0x41]).toString());
console.log(Buffer.byteLength('héllo'), Buffer.byteLength('aGk=', 'base64'), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'));
for (const f of [() => Buffer.from(5), () => b.toString('nope'), () => Buffer.alloc(4).readUInt32LE(2),
  () => Buffer.alloc(2).writeUInt8(300, 0), () => Buffer.concat('x'), () => Buffer.alloc('5'), () => Buffer.from('x', 'bogus'),
  () => Buffer.alloc(4).write('x', 5), () => Buffer.alloc(1).fill('x', 'bogus'), () => Buffer.allocUnsafe(1).readInt8(1)]) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(buffer.constants.MAX_STRING_LENGTH, Buffer.poolSize, buffer.INSPECT_MAX_BYTES);
console.log(buffer.isUtf8(Buffer.from('hé')), buffer.isUtf8(Buffer.from([0xff])), buffer.isAscii(Buffer.from('a')), buffer.isAscii(Buffer.from('é')));
console.log(buffer.transcode(Buffer.from('hé'), 'utf8', 'latin1'), buffer.transcode(Buffer.from('hé'), 'utf8', 'utf16le'));
console.log(Buffer.alloc(60));
console.log(require('util').inspect(Buffer.from('ab')), [Buffer.from('a')], { b: Buffer.from('zz') });
console.log(buffer.atob('aGk='), buffer.btoa('hi'), typeof buffer.Blob, typeof buffer.File);
const bl = new buffer.Blob(['ab', Buffer.from('cd')], { type: 'Text/Plain' });
console.log(bl.size, bl.type);
bl.text().then((t) => console.log('blob', t)).then(() => bl.slice(1, 3).arrayBuffer()).then((ab) => console.log(Buffer.from(ab)));
console.log(b.equals(Buffer.from('héllo wörld')), Buffer.compare(Buffer.from('a'), Buffer.from('b')), b.indexOf('wö'), b.includes('x'));
console.log(Buffer.from('abc').toJSON(), b.subarray(0, 2) instanceof Buffer, Buffer.from(new Uint16Array([1, 2]).buffer));
console.log(Buffer.alloc(8).writeBigInt64LE(5n), Buffer.from('abcd').readUInt32BE(0), Buffer.from('abcd').swap16());
console.log(Buffer.from('€').toString('ascii'), Buffer.from('\u00ff\u0100', 'latin1'), Buffer.from('\u00ff\u0100', 'ascii'));
