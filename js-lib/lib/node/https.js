'use strict';

// node:https without a network layer (see node:http): Agent objects work, requests and servers fail with
// ERR_GNODE_NOT_IMPLEMENTED.
const EventEmitter = require('events');
const http = require('http');
const { unavailableFunction, unavailableClass } = require('internal/unavailable');

class Agent extends http.Agent {
  constructor(options) {
    super(options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions === undefined ? 100 : this.options.maxCachedSessions;
  }
}

module.exports = {
  Agent,
  globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
  Server: unavailableClass('https.Server', EventEmitter),
  createServer: unavailableFunction('https.createServer'),
  get: unavailableFunction('https.get'),
  request: unavailableFunction('https.request'),
};
