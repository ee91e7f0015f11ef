'use strict';
// The socket-free parts of net, http, https and zlib.
const net = require('net');
const http = require('http');
const https = require('https');
const zlib = require('zlib');
const cases = ['1.2.3.4', '01.2.3.4', '256.1.1.1', '::', '::1', '1::', 'fe80::1%eth0', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7:8:9', '1::2::3', '::ffff:1.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', 'g::1', '12345::',
  '', 'abc', '1.2.3', '::1%', 'fe80::%1', ':1', '1:', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4::5:6:7:8',
  'a:b:c:d:e:f:0:1', 'A:B:C:D:E:F:0:1', 123, null];
console.log(cases.map((c) => `${c}=${net.isIP(c)}${net.isIPv4(c) ? 4 : ''}${net.isIPv6(c) ? 6 : ''}`).join(' '));
for (const f of [() => http.validateHeaderName('x y'), () => http.validateHeaderName(''),
  () => http.validateHeaderValue('x', undefined), () => http.validateHeaderValue('x', 'a\nb'),
  () => http.validateHeaderName('Content-Type'), () => http.validateHeaderValue('x', 'fine')]) {
  try {
    f();
    console.log('ok');
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
console.log(http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[999],
  http.METHODS.includes('GET'), http.maxHeaderSize);
const agent = new http.Agent({ keepAlive: true, maxSockets: 5 });
console.log(agent.keepAlive, agent.maxSockets, agent.defaultPort, agent.protocol, agent instanceof require('events'));
const secure = new https.Agent();
console.log(secure.defaultPort, secure.protocol, secure instanceof http.Agent, https.globalAgent.defaultPort);
console.log(zlib.constants.Z_SYNC_FLUSH, zlib.constants.Z_BEST_COMPRESSION, zlib.constants.BROTLI_PARAM_QUALITY,
  zlib.codes.Z_DATA_ERROR, zlib.codes['-3'], typeof zlib.createGzip, typeof zlib.gunzipSync);
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
