const { Blob, File } = require('buffer');
const f = new File(['ab', new Uint8Array([99])], 'f.txt', { lastModified: 5, type: 'X/Y' });
console.log(f, Object.keys(f), f.name, f.size, f.type, f.lastModified, f instanceof Blob, new Blob(['a'], { type: 'é' }).type);
console.log(new Blob(['abcdef']).slice(-4, -1).size, new Blob(['abcdef']).slice(2).size, Object.prototype.toString.call(f));
try { new Blob('str'); } catch (e) { console.log(e.code); }
try { new File(['x']); } catch (e) { console.log(e.name, e.code); }
(async () => { console.log(await new Blob(['\ufeffhi']).text(), Buffer.from(await new Blob(['xy']).arrayBuffer()), await f.slice(1).text()); })();
