// Flags: --expose-internals
'use strict';
// After an HTTP server socket is sent to a child and the child answers on it, the parent's copy is
// fully detached: no idle timer, no parser, no pending message.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');
const http = require('http');

if (process.argv[2] === 'child') {
  process.once('message', (request, socket) => {
    const response = new http.ServerResponse(request);
    response.assignSocket(socket);
    response.end();
  });
  process.send('ready');
  return;
}

const { kTimeout } = require('internal/timers');

let child;
let handedOver;

const server = http.createServer(common.mustCall((req, res) => {
  const requestSummary = {
    method: req.method,
    headers: req.headers,
    path: req.path,
    httpVersionMajor: req.httpVersionMajor,
    query: req.query,
  };
  handedOver = res.socket;
  child.send(requestSummary, handedOver);
  server.close();
}));

server.listen(0, common.mustCall(() => {
  child = fork(__filename, ['child']);
  child.once('message', common.mustCall((message) => {
    assert.strictEqual(message, 'ready');
    const request = http.request({ port: server.address().port }, common.mustCall((res) => {
      res.on('data', () => {});
      res.on('end', common.mustCall(() => {
        assert.strictEqual(handedOver[kTimeout], null);
        assert.strictEqual(handedOver.parser, null);
        assert.strictEqual(handedOver._httpMessage, null);
      }));
    }));
    request.end();
  }));
}));
