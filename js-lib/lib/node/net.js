'use strict';

// node:net without sockets: gnode has no TCP/IPC socket layer yet. The address helpers work; creating a socket or a
// server fails with ERR_GNODE_NOT_IMPLEMENTED.
const EventEmitter = require('events');
const { unavailableFunction, unavailableClass } = require('internal/unavailable');
const { validateBoolean, validateInt32 } = require('internal/validators');

// Dotted decimal with no leading zeros, as Node accepts.
const V4_PART = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const V4 = new RegExp(`^${V4_PART}(?:\\.${V4_PART}){3}$`);
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const ZONE = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4(input) {
  return typeof input === 'string' && V4.test(input);
}

function isIPv6(input) {
  if (typeof input !== 'string') return false;
  let address = input;
  const percent = address.indexOf('%');
  if (percent !== -1) {
    if (!ZONE.test(address.slice(percent + 1))) return false;
    address = address.slice(0, percent);
  }
  // An IPv4 tail counts as two groups.
  let groupsWanted = 8;
  const lastColon = address.lastIndexOf(':');
  if (lastColon !== -1 && address.indexOf('.', lastColon) !== -1) {
    if (!V4.test(address.slice(lastColon + 1))) return false;
    address = address.slice(0, lastColon + 1) + '0';
    groupsWanted = 7;
  }
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const groups = (half) => (half === '' ? [] : half.split(':'));
  if (halves.length === 1) {
    const all = groups(address);
    return all.length === groupsWanted && all.every((g) => HEX_GROUP.test(g));
  }
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (![...head, ...tail].every((g) => HEX_GROUP.test(g))) return false;
  return head.length + tail.length < groupsWanted;
}

function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

const Socket = unavailableClass('net.Socket', EventEmitter);

module.exports = {
  isIP,
  isIPv4,
  isIPv6,
  Socket,
  Stream: Socket,
  Server: unavailableClass('net.Server', EventEmitter),
  BlockList: unavailableClass('net.BlockList'),
  SocketAddress: unavailableClass('net.SocketAddress'),
  connect: unavailableFunction('net.connect'),
  createConnection: unavailableFunction('net.createConnection'),
  createServer: unavailableFunction('net.createServer'),
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily(value) {
    validateBoolean(value, 'value');
    autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateInt32(value, 'value', 1);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
