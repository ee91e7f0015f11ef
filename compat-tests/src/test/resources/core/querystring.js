const qs = require('querystring');
console.log(qs.parse('a=1&b=2&a=3&c&d=x+y%20z&e=%zz&f=%E2%82%AC'), qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: NaN, f: '€~*\'()!' }));
console.log(qs.escape('a b&€'), qs.unescape('%41%zz'), qs.parse('a:1;b:2', ';', ':'), qs.stringify({ a: 1 }, ';', ':'), qs.unescapeBuffer('%41+'));
try { qs.escape('\ud800'); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(qs).sort());
