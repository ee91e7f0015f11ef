'use strict';

// node:url: the WHATWG URL (internal/url) plus Node's file-URL helpers and the legacy url.parse/format/resolve.
const {
  URL, URLSearchParams, isURL, domainToASCII: toASCII, domainToUnicode: toUnicode, parseHost,
} = require('internal/url');

function errorCodes() {
  return require('internal/errors').codes;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new (errorCodes().ERR_MISSING_ARGS)('domain');
  const host = parseHost(`${domain}`, false);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new (errorCodes().ERR_MISSING_ARGS)('domain');
  const host = parseHost(`${domain}`, false);
  return host === null || host.startsWith('[') ? '' : toUnicode(host);
}

// ---- File URLs.

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? false;
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new (errorCodes().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new (errorCodes().ERR_INVALID_URL_SCHEME)('file');
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new (errorCodes().ERR_INVALID_FILE_URL_HOST)(process.platform);
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) {
    throw new (errorCodes().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (/%2f|%5c/i.test(pathname)) {
    throw new (errorCodes().ERR_INVALID_FILE_URL_PATH)('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') return `\\\\${toUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (!(letter >= 0x61 && letter <= 0x7a) || pathname[2] !== ':') {
    throw new (errorCodes().ERR_INVALID_FILE_URL_PATH)('must be absolute');
  }
  return pathname.slice(1);
}

// Characters a file path may hold that the URL path parser would otherwise treat as syntax or drop.
// Node's pathToFileURL also escapes [ ] ^ | ~, which the URL path percent-encode set would leave alone.
const FILE_PATH_ESCAPES = { '[': '%5B', ']': '%5D', '^': '%5E', '|': '%7C', '~': '%7E' };

function encodePathChars(filepath, windows) {
  let out = filepath.replace(/%/g, '%25');
  if (!windows) out = out.replace(/\\/g, '%5C');
  out = out.replace(/[[\]^|~]/g, (c) => FILE_PATH_ESCAPES[c]);
  return out.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
}

function pathToFileURL(filepath, options = undefined) {
  const windows = options?.windows ?? false;
  const { validateString } = require('internal/validators');
  validateString(filepath, 'path');
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    const outURL = new URL('file://');
    const hostnameEnd = filepath.indexOf('\\', 2);
    if (hostnameEnd === -1) {
      throw new (errorCodes().ERR_INVALID_ARG_VALUE)('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEnd === 2) {
      throw new (errorCodes().ERR_INVALID_ARG_VALUE)('path', filepath, 'Empty UNC servername');
    }
    outURL.hostname = toASCII(filepath.slice(2, hostnameEnd));
    outURL.pathname = encodePathChars(filepath.slice(hostnameEnd).replace(/\\/g, '/'), true);
    return outURL;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const last = filepath[filepath.length - 1];
  if ((last === '/' || (windows && last === '\\')) && resolved[resolved.length - 1] !== path.sep) resolved += '/';
  if (windows) resolved = resolved.replace(/\\/g, '/');
  const encoded = encodePathChars(resolved, windows);
  // A path of characters the URL path keeps as they are parses directly (and fast when canonical).
  if (!windows && /^[\x21\x24-\x3b\x3d\x40-\x5b\x5d-\x5f\x61-\x7a\x7c\x7e]*$/.test(encoded)) {
    return new URL(`file://${encoded}`);
  }
  const outURL = new URL('file://');
  outURL.pathname = encoded;
  return outURL;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// ---- The legacy API.

const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:', 'file',
  'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const unsafeProtocol = new Set(['javascript', 'javascript:']);
// Characters url.parse() percent-escapes wherever they appear.
const AUTO_ESCAPE = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };
const autoEscape = (s) => s.replace(/[\t\n\r "'<>\\^`{|}]/g, (c) => AUTO_ESCAPE[c]);

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  const { validateString } = require('internal/validators');
  validateString(url, 'url');
  // Backslashes before the query are slashes; surrounding whitespace goes.
  let rest = url.trim();
  const queryStart = rest.search(/[?#]/);
  const head = queryStart === -1 ? rest : rest.slice(0, queryStart);
  rest = head.replace(/\\/g, '/') + (queryStart === -1 ? '' : rest.slice(queryStart));

  if (!slashesDenoteHost && !/[#?]/.test(rest.slice(0, 2)) && /^\/[^/]/.test(rest) && !rest.includes('#')) {
    // Fast path: a simple path.
    const q = rest.indexOf('?');
    this.path = rest;
    this.href = rest;
    this.pathname = q === -1 ? rest : rest.slice(0, q);
    if (q !== -1) {
      this.search = rest.slice(q);
      this.query = parseQueryString ? require('querystring').parse(this.search.slice(1)) : this.search.slice(1);
    } else if (parseQueryString) {
      this.search = null;
      this.query = { __proto__: null };
    }
    this.pathname = autoEscape(this.pathname);
    this.path = this.pathname + (this.search || '');
    this.href = this.path;
    return this;
  }

  const proto = /^[a-z0-9.+-]+:/i.exec(rest);
  let lowerProto;
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }

  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(lowerProto)))) {
    // The authority ends at the first of / ? # (or the end).
    let hostEnd = rest.search(/[/?#]/);
    if (hostEnd === -1) hostEnd = rest.length;
    const authority = rest.slice(0, hostEnd);
    const at = authority.lastIndexOf('@');
    let host = authority;
    if (at !== -1) {
      this.auth = decodeURIComponent(authority.slice(0, at));
      host = authority.slice(at + 1);
    }
    rest = rest.slice(hostEnd);
    const portMatch = /:[0-9]*$/.exec(host);
    if (portMatch) {
      if (portMatch[0] !== ':') this.port = portMatch[0].slice(1);
      host = host.slice(0, host.length - portMatch[0].length);
    }
    this.hostname = host;
    const ipv6 = this.hostname.startsWith('[') && this.hostname.endsWith(']');
    if (!ipv6) {
      // Invalid host characters start the path instead.
      const bad = this.hostname.search(/[^A-Za-z0-9.\-+_\u0080-\uffff]/);
      if (bad !== -1) {
        rest = `/${this.hostname.slice(bad)}${rest}`;
        this.hostname = this.hostname.slice(0, bad);
      }
      this.hostname = this.hostname.toLowerCase();
      if (/[^\x00-\x7f]/.test(this.hostname)) this.hostname = toASCII(this.hostname);
    } else {
      this.hostname = this.hostname.slice(1, -1);
    }
    const p = this.port ? `:${this.port}` : '';
    this.host = (ipv6 ? `[${this.hostname}]` : this.hostname) + p;
    if (ipv6 && rest[0] !== '/') rest = `/${rest}`;
  }

  if (!unsafeProtocol.has(lowerProto)) rest = autoEscape(rest);

  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.slice(qm);
    this.query = rest.slice(qm + 1);
    if (parseQueryString) this.query = require('querystring').parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest) this.pathname = rest;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !this.hostname.startsWith('[') ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = require('querystring').stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[?#]/g, (c) => encodeURIComponent(c));
  search = search.replace(/#/g, '%23');
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return urlResolve(this.format(), relative);
};

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative !== 'string') relative = relative.format();
  return urlParse(urlResolve(this.format(), relative));
};

let urlParseWarned = false;

// DEP0169 is an application deprecation: it fires once, and only for calls from outside node_modules.
function warnUrlParse() {
  if (urlParseWarned) return;
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const caller = frames.find((line) => !line.includes('(node:') && !/at node:/.test(line));
  if (caller !== undefined && /[\\/]node_modules[\\/]/.test(caller)) return;
  urlParseWarned = true;
  process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security ' +
    'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
  'DeprecationWarning', 'DEP0169');
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  warnUrlParse();
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function urlFormat(urlObject, options = undefined) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    const fragment = options?.fragment ?? true;
    const unicode = options?.unicode ?? false;
    const search = options?.search ?? true;
    const auth = options?.auth ?? true;
    let out = `${urlObject.protocol}`;
    if (urlObject.host !== '' || urlObject.protocol === 'file:') {
      out += '//';
      if (auth && (urlObject.username || urlObject.password)) {
        out += urlObject.username;
        if (urlObject.password) out += `:${urlObject.password}`;
        out += '@';
      }
      out += unicode ? toUnicode(urlObject.hostname) + (urlObject.port ? `:${urlObject.port}` : '') : urlObject.host;
    }
    out += urlObject.pathname;
    if (search) out += urlObject.search;
    if (fragment) out += urlObject.hash;
    return out;
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  let resolved;
  try {
    resolved = new URL(relative, new URL(source, 'resolve://'));
  } catch {
    return legacyOpaqueResolve(source, relative);
  }
  if (resolved.protocol === 'resolve:') {
    const { pathname, search, hash } = resolved;
    return pathname + search + hash;
  }
  return resolved.toString();
}

// The legacy resolver's rule for a base without slashes (mailto:a@b): the first segment of a relative path is
// the new host.
function legacyOpaqueResolve(source, relative) {
  const rel = urlParse(relative);
  if (rel.protocol) return rel.format();
  const result = urlParse(source);
  const segments = (rel.pathname || '').split('/');
  let host;
  while (segments.length > 0 && !(host = segments.shift()));
  if (host) {
    result.host = host;
    result.hostname = host;
  }
  result.pathname = segments.length > 0 ? segments.join('/') : null;
  result.search = rel.search;
  result.query = rel.query;
  result.hash = rel.hash;
  return result.format();
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
