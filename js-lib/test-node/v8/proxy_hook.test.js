'use strict';

// With the host's getProxyDetails hook (internalBinding('util'), which gnode's
// runtime may provide), proxies fail to clone as in node. The hook is faked
// here with node's own util.types.isProxy, before anything is serialized.

const test = require('node:test');
const assert = require('node:assert');
const nodeV8 = require('node:v8');
const { types } = require('node:util');
const { gnodeRequire } = require('./gnode_lib');

gnodeRequire('internal/util/hooks').get().getProxyDetails =
  (value) => (types.isProxy(value) ? {} : undefined);
const ours = gnodeRequire('v8');

// node v25's test-v8-serdes.js expects '[object Object] could not be cloned.'
// for a Proxy of a plain object (node 20 said '#<Object>'); v25 is the spec.
test('a Proxy cannot be cloned; _getDataCloneError sees node v25\'s message', () => {
  const ser = new ours.DefaultSerializer();
  let seen;
  ser._getDataCloneError = (message) => {
    seen = message;
    return new Error('refused');
  };
  ser.writeHeader();
  assert.throws(() => ser.writeValue({ inner: new Proxy({}, {}) }), /refused/);
  assert.strictEqual(seen, '[object Object] could not be cloned.');
});

test('a Proxy of an array is described as an array, as node does', () => {
  const proxy = new Proxy([], {});
  assert.throws(() => nodeV8.serialize(proxy), { message: '[object Array] could not be cloned.' });
  assert.throws(() => ours.serialize(proxy), { message: '[object Array] could not be cloned.' });
});

test('everything else is unaffected by the hook', () => {
  const value = { a: [1, { b: new Map([[1, 2]]) }] };
  assert.ok(ours.serialize(value).equals(nodeV8.serialize(value)));
});
