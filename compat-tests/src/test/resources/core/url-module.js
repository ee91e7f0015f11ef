'use strict';
const url = require('url');
console.log(url.fileURLToPath('file:///tmp/a%20b/c'), url.fileURLToPath(new URL('file:///x/%E2%82%AC')));
for (const f of [() => url.fileURLToPath('http://a/x'), () => url.fileURLToPath('file://host/x'), () => url.fileURLToPath('file:///a%2Fb'), () => url.fileURLToPath(5), () => url.pathToFileURL(5)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(url.pathToFileURL('/tmp/a b#c?d%e\\f\n').href, url.pathToFileURL('/tmp/dir/').href, url.pathToFileURL('rel').href === 'file://' + process.cwd() + '/rel');
console.log(url.fileURLToPath('file:///C:/x/y', { windows: true }), url.pathToFileURL('C:\\a b\\c', { windows: true }).href, url.pathToFileURL('\\\\srv\\share\\f', { windows: true }).href);
console.log(url.urlToHttpOptions(new URL('https://u:p%20w@[::1]:8080/p?q=1#h')));
console.log(url.domainToASCII('español.com'), url.domainToASCII('xn--iñvalid.com'), url.domainToUnicode('xn--espaol-zwa.com'));
const samples = ['http://user:pass@host.com:8080/p/a/t/h?query=string#hash', '/a/b?x=1&y=2', 'mailto:x@y.z', 'HTTP://EX.com', '//x/y', 'a/b c',
  'http://[::1]:3000/p', 'file:///etc/passwd', 'javascript:alert(1)', 'http://a.com?x', 'http://a.com#f', '?q=1', 'http://ex.com/a\\b?c\\d'];
for (const s of samples) {
  const u = url.parse(s);
  console.log(JSON.stringify(u), u.format());
}
console.log(url.parse('/p?a=1&a=2', true).query, url.parse('//h/p', false, true).host);
console.log(url.format({ protocol: 'https', hostname: 'ex.com', pathname: '/x y', query: { a: 1, b: 'c d' } }));
console.log(url.format(new URL('https://u:p@ex.com:81/p?q#h'), { auth: false, search: false, fragment: false }), url.format('http://a.com/x'));
console.log(url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'), url.resolve('http://a/b/c', '../d'));
console.log(Object.keys(url).sort().join(','));
console.log(url.format(new URL('http://xn--espaol-zwa.com:81/p'), { unicode: true }), url.domainToUnicode('xn--iñvalid.com'), url.domainToUnicode('EXAMPLE.com'), url.domainToASCII('[::1]'));
console.log(url.parse('http://user@EXAMPLE.com:8080/a b?q=1#h', true));
console.log(url.resolve('http://a/b/c/d;p?q', 'g;x?y#s'), url.resolve('/a/b', '../c'), url.resolve('mailto:a@b', 'x'));
const u = new URL('file:///tmp/x'); u.host = 'h'; console.log(u.href); u.port = 5; console.log(u.href);
const v = new URL('http://a/'); v.protocol = 'file'; console.log(v.href); v.protocol = 'https:'; console.log(v.href); v.port = '443'; console.log(v.href, v.port); v.port = '99999'; console.log(v.port); v.port = '12ab'; console.log(v.port);
v.hostname = 'b:1'; console.log(v.href); v.host = '[::1]:3'; console.log(v.href); v.username = 'x'; v.password = ''; console.log(v.href); v.hash = ''; v.search = '?'; console.log(v.href, v.search);
const o = new URL('foo:opaque path?x#y'); o.pathname = '/z'; o.host = 'h'; console.log(o.href, o.pathname, o.host); o.search = ''; o.hash = ''; console.log(o.href);
const s = new URL('http://a/?a=1'); const sp = s.searchParams; sp.delete('a'); console.log(s.href); s.search = 'b=2'; console.log(sp.get('b'), [...sp.keys()]);

for (const p of ['/a/b', '/a/../b/./c', '/x y', '/a#b?c', '/%41', '/a/', '/é', '/a\\b', '/tmp/a;b=c', '/[x]', '/^|`{}']) console.log(url.pathToFileURL(p).href);
