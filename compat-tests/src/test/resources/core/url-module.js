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
