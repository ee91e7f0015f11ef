'use strict';
const inputs = ['http://a/^{}|`x', 'http://u:p@a/?q=^{}|`\'', 'foo://h/^', 'http://a/#^{}|`', 'http://EXAMPLE.com:80/a/../b',
  'file:///C:/x/../..', 'http://[::1]:8080/', 'http://0x7f.1/', 'non-spec:/.//p', 'http://xn--nxasmq6b.com', 'http://ñ.com/',
  'blob:https://a.com/x', 'http://a/b c?d e#f g', 'https://user:pa ss@host.com:8443/p/a/t/h?query=string#hash',
  'HTTP://WWW.Example.COM/%7euser', 'file://localhost/etc/passwd', 'file:/x', 'file:c:\\foo\\bar', 'mailto:x@y.z',
  'javascript:alert(1)', 'http://[1:0:0:0:0:0:0:1]/', 'http://[::ffff:192.168.0.1]/', 'http://192.168.0.257/', 'http://1.2.3.4.5/',
  'http://a:b@/x', 'http://%41.com/', 'http://a.com:65536/', 'http://a.com:/', 'http://a.com:0099/', 'ws://x:80/', 'wss://x:443/',
  'data:text/plain,hello world', 'http:\\\\a\\b\\c', 'https://a/./b/../c/%2e%2E/d', 'sc://ñ/', 'http://a/?a=b&c=d#x#y', 'http://0/', 'http://[::]/',
  'http://[2001:db8::1:0:0:1]/', 'http://münchen.de/', 'https://EXAMPLE.com./', 'foo:', 'foo://', 'http://a b/', 'http://a<b/', '//x', 'x:/\\y', 'about:blank',
  'http://1.2.3/', 'http://4294967295/', 'http://4294967296/', 'http://09/', 'http://0x/', 'https://ex%00ample.com/'];
for (const u of inputs) {
  try {
    const x = new URL(u);
    console.log(x.href, '|', x.origin, x.protocol, x.username, x.password, x.host, x.hostname, x.port, x.pathname, x.search, x.hash);
  } catch (e) { console.log('ERR', JSON.stringify(u), e.code); }
}
const rel = [['../x', 'http://a/b/c/d'], ['?q', 'http://a/b'], ['#f', 'http://a/b?q'], ['//h/p', 'https://a/'], ['/abs', 'file:///C:/x/y'], ['y', 'file:///a/b'], ['C|/z', 'file:///a'], ['g;x?y#s', 'http://a/b/c/d;p?q'], ['', 'http://a/b?c#d'], ['..', 'http://a/b/c/'], ['x', 'mailto:a@b']];
for (const [r, b] of rel) { try { console.log(new URL(r, b).href); } catch (e) { console.log('ERR', r, b, e.code); } }
const u = new URL('https://a.com/p?x=1#h');
u.protocol = 'http'; u.hostname = 'b.org'; u.port = '8080'; u.pathname = '/q r/?#'; u.search = '?y=2 3'; u.hash = 'frag ment'; u.username = 'us er'; u.password = 'p@ss';
console.log(u.href);
u.port = '80'; u.protocol = 'foo'; u.host = 'c.net:99'; console.log(u.href);
u.searchParams.append('z', 'a b&c'); console.log(u.href, u.search, [...u.searchParams]);
u.search = 'k=v'; console.log(u.searchParams.get('k'), u.searchParams.size);
u.href = 'http://new/'; console.log(u.href, u.searchParams.size);
const sp = new URLSearchParams({ b: '2', a: '1 ü', c: '~!*()\'' });
sp.sort(); console.log(sp.toString(), sp.has('a'), sp.has('a', 'x'), sp.get('nope'));
sp.set('b', 'x'); sp.delete('c'); console.log(`${sp}`, new URLSearchParams([['x', 'y'], ['x', 'z']]).getAll('x'), new URLSearchParams('?a=1&&b=%zz&c').toString());
try { new URLSearchParams([['a']]); } catch (e) { console.log(e.code, e.message); }
console.log(URL.canParse('x'), URL.canParse('x', 'http://a'), URL.parse('nope'), String(URL.parse('/x', 'http://h')));
console.log(JSON.stringify({ u: new URL('http://a') }), Object.keys(new URL('http://a')), Object.prototype.toString.call(new URL('http://a')));
try { new URL('nope'); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
try { new URL('x', 'bad'); } catch (e) { console.log(e.code, e.message, e.input, e.base); }
try { new URL(); } catch (e) { console.log(e.code, e.message); }
console.log(require('util').inspect(new URL('https://a.com/p?x=1#h')));
console.log(new URLSearchParams('a=1&b=2'), new URLSearchParams());
for (const u of ['http://%ff/', 'http://%41%42.com/', 'http://a%2eb/', 'http://xn--/', 'http://EXAMPLE%2Ecom/', 'http://[::1%25eth0]/', 'http://a..b/', 'http://.a/', 'http://a./', 'http://ａｂｃ.com/', 'http://①.com/', 'http://Ⅻ.com/']) { try { console.log(new URL(u).href); } catch (e) { console.log('ERR', u); } }
