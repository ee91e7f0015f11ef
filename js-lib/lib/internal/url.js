'use strict';

// WHATWG URL and URLSearchParams (GraalJS has neither): the URL Standard's basic URL parser as a state machine
// over code points, host parsing (domain, IPv4, IPv6, opaque), serialization, and the setters through state
// overrides. Non-ASCII domains go through punycode with lower-casing and NFC only (no full UTS #46 mapping).

const kContext = Symbol('context');
const kQuery = Symbol('query');
const kUrl = Symbol('url');
const kSearchParams = Symbol('searchParams');
const kUpdate = Symbol('update');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const SPECIAL = { __proto__: null, 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
const isSpecialScheme = (scheme) => (scheme + ':') in SPECIAL;
const defaultPort = (scheme) => SPECIAL[scheme + ':'];

// ---- Percent-encoding.

const inC0 = (c) => c < 0x20 || c > 0x7e;
const inFragment = (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
const inQuery = (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
const inSpecialQuery = (c) => inQuery(c) || c === 0x27;
const inPath = (c) => inQuery(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
const inUserinfo = (c) => inPath(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
  (c >= 0x5b && c <= 0x5e) || c === 0x7c;
const inComponent = (c) => inUserinfo(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
const inFormUrlencoded = (c) => inComponent(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;

// Made on first use: most URLs are ASCII and never need them.
let codecs;
function codec() {
  codecs ??= { utf8Encoder: new TextEncoder(), utf8Decoder: new TextDecoder('utf-8', { ignoreBOM: true }) };
  return codecs;
}
const HEX = '0123456789ABCDEF';

function percentEncodeCodePoint(cp, inSet) {
  if (cp < 0x80 && !inSet(cp)) return String.fromCharCode(cp);
  let out = '';
  for (const byte of codec().utf8Encoder.encode(String.fromCodePoint(cp))) out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
  return out;
}

function percentEncodeString(str, inSet, spaceAsPlus = false) {
  let out = '';
  for (const ch of str.toWellFormed ? str.toWellFormed() : str) {
    const cp = ch.codePointAt(0);
    if (spaceAsPlus && cp === 0x20) out += '+';
    else out += percentEncodeCodePoint(cp, inSet);
  }
  return out;
}

const isHexDigit = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

function percentDecodeBytes(bytes) {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length && isHexDigit(bytes[i + 1]) && isHexDigit(bytes[i + 2])) {
      out[n++] = parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16);
      i += 2;
    } else {
      out[n++] = b;
    }
  }
  return out.subarray(0, n);
}

function percentDecodeString(str) {
  return percentDecodeBytes(codec().utf8Encoder.encode(str));
}

// ---- Hosts.

const isAsciiDigit = (c) => c >= 0x30 && c <= 0x39;
const isAsciiAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const FORBIDDEN_HOST = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20, 0x23, 0x2f, 0x3a, 0x3c, 0x3e, 0x3f, 0x40, 0x5b, 0x5c,
  0x5d, 0x5e, 0x7c]);
const isForbiddenHost = (c) => FORBIDDEN_HOST.has(c);
const isForbiddenDomain = (c) => isForbiddenHost(c) || (c <= 0x1f) || c === 0x25 || c === 0x7f;

function parseIPv4Number(input) {
  if (input === '') return NaN;
  let radix = 10;
  if (input.length >= 2 && (input.startsWith('0x') || input.startsWith('0X'))) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(input)) return NaN;
  return parseInt(input, radix);
}

function endsInANumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(address) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  const c = () => cps[p];
  if (c() === 0x3a) {
    if (cps[p + 1] !== 0x3a) return null;
    p += 2;
    compress = ++pieceIndex;
  }
  while (c() !== undefined) {
    if (pieceIndex === 8) return null;
    if (c() === 0x3a) {
      if (compress !== null) return null;
      p++;
      compress = ++pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && c() !== undefined && isHexDigit(c())) {
      value = value * 0x10 + parseInt(String.fromCodePoint(c()), 16);
      p++;
      length++;
    }
    if (c() === 0x2e) {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (c() !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (c() === 0x2e && numbersSeen < 4) p++;
          else return null;
        }
        if (c() === undefined || !isAsciiDigit(c())) return null;
        while (c() !== undefined && isAsciiDigit(c())) {
          const number = c() - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (c() === 0x3a) {
      p++;
      if (c() === undefined) return null;
    } else if (c() !== undefined) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces becomes '::'.
  let bestStart = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (bestStart === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// Punycode (RFC 3492) encoding of one label.
function punycodeEncode(input) {
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  let n = 128;
  let delta = 0;
  let bias = 72;
  let output = cps.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  const digit = (d) => String.fromCharCode(d + 22 + 75 * (d < 26));
  const adapt = (d, numPoints, first) => {
    let k = 0;
    d = first ? Math.floor(d / 700) : d >> 1;
    d += Math.floor(d / numPoints);
    for (; d > ((base - tMin) * tMax) >> 1; k += base) d = Math.floor(d / (base - tMin));
    return Math.floor(k + ((base - tMin + 1) * d) / (d + 38));
  };
  while (handled < cps.length) {
    let m = Infinity;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (q < t) break;
          output += digit(t + ((q - t) % (base - t)));
          q = Math.floor((q - t) / (base - t));
        }
        output += digit(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

function punycodeDecode(input) {
  const base = 36;
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) output.push(input.charCodeAt(j));
  let i = 0;
  let n = 128;
  let bias = 72;
  const adapt = (d, numPoints, first) => {
    let k = 0;
    d = first ? Math.floor(d / 700) : d >> 1;
    d += Math.floor(d / numPoints);
    for (; d > 455; k += base) d = Math.floor(d / 35);
    return Math.floor(k + (36 * d) / (d + 38));
  };
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) return null;
      const c = input.charCodeAt(index++);
      const d = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base;
      if (d >= base) return null;
      i += d * w;
      const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
      if (d < t) break;
      w *= base - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// A basic domain-to-ASCII: NFKC and lower-case (close to UTS #46's mapping), map the ideographic full stops to '.', punycode non-ASCII labels.
function domainToASCII(domain) {
  const ascii = !/[^\x00-\x7f]/.test(domain);
  const mapped = ascii ? domain.toLowerCase() :
    domain.normalize('NFKC').replace(/[\u3002\uff0e\uff61]/g, '.').toLowerCase();
  const labels = mapped.split('.');
  const out = [];
  if (ascii && !mapped.includes('xn--')) return mapped.length === 0 ? null : mapped;
  for (const label of labels) {
    if (label.startsWith('xn--') && /[^\x00-\x7f]/.test(label)) return null;
    if (/[^\x00-\x7f]/.test(label)) out.push(`xn--${punycodeEncode(label)}`);
    else out.push(label);
  }
  const result = out.join('.');
  if (result.length === 0) return null;
  for (const label of out) {
    if (label.startsWith('xn--') && (label.length === 4 || punycodeDecode(label.slice(4)) === null)) return null;
  }
  return result;
}

function domainToUnicode(domain) {
  return domain.split('.').map((label) => {
    if (label.toLowerCase().startsWith('xn--')) {
      const decoded = punycodeDecode(label.slice(4));
      return decoded === null ? label : decoded;
    }
    return label.toLowerCase();
  }).join('.');
}

function parseOpaqueHost(input) {
  for (const ch of input) {
    const cp = ch.codePointAt(0);
    if (cp !== 0x25 && isForbiddenHost(cp)) return null;
  }
  return percentEncodeString(input, inC0);
}

// Returns the serialized host, or null on failure.
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) return parseOpaqueHost(input);
  let domain = input;
  if (input.includes('%') || /[^\x00-\x7f]/.test(input)) {
    domain = codec().utf8Decoder.decode(percentDecodeString(input));
    // UTS #46 disallows U+FFFD, which is also what undecodable bytes became.
    if (domain.includes('\ufffd')) return null;
  }
  const asciiDomain = domainToASCII(domain);
  if (asciiDomain === null) return null;
  for (const ch of asciiDomain) if (isForbiddenDomain(ch.codePointAt(0))) return null;
  if (endsInANumber(asciiDomain)) {
    const ipv4 = parseIPv4(asciiDomain);
    return ipv4 === null ? null : serializeIPv4(ipv4);
  }
  return asciiDomain;
}

// ---- The basic URL parser.

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4, PATH_OR_AUTHORITY: 5, RELATIVE: 6,
  RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8, SPECIAL_AUTHORITY_IGNORE_SLASHES: 9, AUTHORITY: 10, HOST: 11,
  HOSTNAME: 12, PORT: 13, FILE: 14, FILE_SLASH: 15, FILE_HOST: 16, PATH_START: 17, PATH: 18, OPAQUE_PATH: 19,
  QUERY: 20, FRAGMENT: 21,
};

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function cloneRecord(r) {
  return { ...r, path: Array.isArray(r.path) ? r.path.slice() : r.path };
}

const isWindowsDriveLetter = (s, normalizedOnly = false) => s.length === 2 && isAsciiAlpha(s.charCodeAt(0)) &&
  (s[1] === ':' || (!normalizedOnly && s[1] === '|'));

function startsWithWindowsDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAsciiAlpha(cps[p]) || (cps[p + 1] !== 0x3a && cps[p + 1] !== 0x7c)) return false;
  if (cps.length - p === 2) return true;
  const c = cps[p + 2];
  return c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23;
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => {
  const l = s.toLowerCase();
  return l === '..' || l === '.%2e' || l === '%2e.' || l === '%2e%2e';
};

// Parses `input` against optional `base` record; with `url` and `stateOverride`, runs as a setter would.
// Returns the record, null on failure, or (with an override) undefined when the setter must be ignored.
function basicParse(input, base = null, url = null, stateOverride = null) {
  if (url === null) {
    url = newRecord();
    input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  const cps = Array.from(input, (ch) => ch.codePointAt(0));
  let state = stateOverride ?? S.SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const EOF = undefined;

  for (let p = 0; p <= cps.length; p++) {
    const c = cps[p];
    const ch = c === EOF ? '' : String.fromCodePoint(c);
    switch (state) {
      case S.SCHEME_START:
        if (c !== EOF && isAsciiAlpha(c)) {
          buffer += ch.toLowerCase();
          state = S.SCHEME;
        } else if (stateOverride === null) {
          state = S.NO_SCHEME;
          p--;
        } else {
          return undefined;
        }
        break;

      case S.SCHEME:
        if (c !== EOF && (isAsciiAlpha(c) || isAsciiDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e)) {
          buffer += ch.toLowerCase();
        } else if (c === 0x3a) {
          if (stateOverride !== null) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return undefined;
            if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return undefined;
            if (url.scheme === 'file' && url.host === '') return undefined;
          }
          url.scheme = buffer;
          if (stateOverride !== null) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = S.FILE;
          } else if (isSpecialScheme(url.scheme) && base !== null && base.scheme === url.scheme) {
            state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = S.SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[p + 1] === 0x2f) {
            state = S.PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = S.OPAQUE_PATH;
          }
        } else if (stateOverride === null) {
          buffer = '';
          state = S.NO_SCHEME;
          p = -1;
        } else {
          return undefined;
        }
        break;

      case S.NO_SCHEME:
        if (base === null || (typeof base.path === 'string' && c !== 0x23)) return null;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = S.RELATIVE;
          p--;
        } else {
          state = S.FILE;
          p--;
        }
        break;

      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2f && cps[p + 1] === 0x2f) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S.RELATIVE;
          p--;
        }
        break;

      case S.PATH_OR_AUTHORITY:
        if (c === 0x2f) {
          state = S.AUTHORITY;
        } else {
          state = S.PATH;
          p--;
        }
        break;

      case S.RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2f) {
          state = S.RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === 0x5c) {
          state = S.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = S.QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            p--;
          }
        }
        break;

      case S.RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2f) {
          state = S.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          p--;
        }
        break;

      case S.SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2f && cps[p + 1] === 0x2f) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2f && c !== 0x5c) {
          state = S.AUTHORITY;
          p--;
        }
        break;

      case S.AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const bch of buffer) {
            const bc = bch.codePointAt(0);
            if (bc === 0x3a && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncodeCodePoint(bc, inUserinfo);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 || (isSpecialScheme(url.scheme) && c === 0x5c)) {
          if (atSignSeen && buffer === '') return null;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = S.HOST;
        } else {
          buffer += ch;
        }
        break;

      case S.HOST:
      case S.HOSTNAME:
        if (stateOverride !== null && url.scheme === 'file') {
          p--;
          state = S.FILE_HOST;
        } else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return stateOverride !== null ? undefined : null;
          if (stateOverride === S.HOSTNAME) return undefined;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return stateOverride !== null ? undefined : null;
          url.host = host;
          buffer = '';
          state = S.PORT;
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 || (isSpecialScheme(url.scheme) && c === 0x5c)) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return stateOverride !== null ? undefined : null;
          if (stateOverride !== null && buffer === '' && (url.username !== '' || url.password !== '' ||
            url.port !== null)) {
            return undefined;
          }
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return stateOverride !== null ? undefined : null;
          url.host = host;
          buffer = '';
          state = S.PATH_START;
          if (stateOverride !== null) return url;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += ch;
        }
        break;

      case S.PORT:
        if (c !== EOF && isAsciiDigit(c)) {
          buffer += ch;
        } else if (c === EOF || c === 0x2f || c === 0x3f || c === 0x23 || (isSpecialScheme(url.scheme) && c === 0x5c) ||
          stateOverride !== null) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return stateOverride !== null ? undefined : null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride !== null) return url;
          }
          if (stateOverride !== null) return undefined;
          state = S.PATH_START;
          p--;
        } else {
          return stateOverride !== null ? undefined : null;
        }
        break;

      case S.FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) {
          state = S.FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) {
            url.query = '';
            state = S.QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            p--;
          }
        } else {
          state = S.PATH;
          p--;
        }
        break;

      case S.FILE_SLASH:
        if (c === 0x2f || c === 0x5c) {
          state = S.FILE_HOST;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, p) && base.path.length > 0 &&
              isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = S.PATH;
          p--;
        }
        break;

      case S.FILE_HOST:
        if (c === EOF || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          p--;
          if (stateOverride === null && isWindowsDriveLetter(buffer)) {
            state = S.PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride !== null) return url;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return stateOverride !== null ? undefined : null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride !== null) return url;
            buffer = '';
            state = S.PATH_START;
          }
        } else {
          buffer += ch;
        }
        break;

      case S.PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = S.PATH;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (stateOverride === null && c === 0x3f) {
          url.query = '';
          state = S.QUERY;
        } else if (stateOverride === null && c === 0x23) {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== EOF) {
          state = S.PATH;
          if (c !== 0x2f) p--;
        } else if (stateOverride !== null && url.host === null) {
          url.path.push('');
        }
        break;

      case S.PATH:
        if (c === EOF || c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c) ||
          (stateOverride === null && (c === 0x3f || c === 0x23))) {
          const slash = c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) {
            url.query = '';
            state = S.QUERY;
          }
          if (c === 0x23) {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += percentEncodeCodePoint(c, inPath);
        }
        break;

      case S.OPAQUE_PATH:
        if (c === 0x3f) {
          url.query = '';
          state = S.QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c === 0x20) {
          // A space before a query or fragment is kept encoded so it survives serialization.
          const next = cps[p + 1];
          url.path += next === 0x3f || next === 0x23 ? '%20' : ' ';
        } else if (c !== EOF) {
          url.path += percentEncodeCodePoint(c, inC0);
        }
        break;

      case S.QUERY:
        if ((stateOverride === null && c === 0x23) || c === EOF) {
          const inSet = isSpecialScheme(url.scheme) ? inSpecialQuery : inQuery;
          url.query += percentEncodeString(buffer, inSet);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else if (c !== EOF) {
          buffer += ch;
        }
        break;

      case S.FRAGMENT:
        if (c !== EOF) url.fragment += percentEncodeCodePoint(c, inFragment);
        break;
    }
  }
  return url;
}

function serializeHostPart(url) {
  let out = '';
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  }
  return out;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serialize(url, excludeFragment = false) {
  let out = `${url.scheme}:${serializeHostPart(url)}`;
  if (url.host === null && typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function origin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = typeof url.path === 'string' ? basicParse(url.path) : null;
      if (inner && (inner.scheme === 'http' || inner.scheme === 'https')) return origin(inner);
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
    default:
      return 'null';
  }
}

const cannotHaveCredentialsOrPort = (url) => url.host === null || url.host === '' || url.scheme === 'file';

// ---- application/x-www-form-urlencoded.

function parseUrlencoded(input) {
  const out = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    const decode = (s) => codec().utf8Decoder.decode(percentDecodeString(s.replace(/\+/g, ' ')));
    out.push([decode(name), decode(value)]);
  }
  return out;
}

function serializeUrlencoded(list) {
  return list.map(([name, value]) =>
    `${percentEncodeString(name, inFormUrlencoded, true)}=${percentEncodeString(value, inFormUrlencoded, true)}`)
    .join('&');
}

function toUSVString(value) {
  const s = `${value}`;
  return s.toWellFormed ? s.toWellFormed() : s;
}

// ---- URLSearchParams.

function errors() {
  return require('internal/errors');
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kQuery] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) {
      // empty
    } else if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
            typeof pair[Symbol.iterator] !== 'function') {
            throw new (errors().codes.ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          }
          const items = Array.from(pair);
          if (items.length !== 2) throw new (errors().codes.ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
          this[kQuery].push([toUSVString(items[0]), toUSVString(items[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (typeof key === 'string' && desc !== undefined && desc.enumerable) {
            this[kQuery].push([toUSVString(key), toUSVString(init[key])]);
          }
        }
      }
    } else {
      let str = toUSVString(init);
      if (str.startsWith('?')) str = str.slice(1);
      this[kQuery] = parseUrlencoded(str);
    }
  }

  get size() { return this[kQuery].length; }

  append(name, value) {
    if (arguments.length < 2) throw new (errors().codes.ERR_MISSING_ARGS)('name', 'value');
    this[kQuery].push([toUSVString(name), toUSVString(value)]);
    this[kUpdate]();
  }

  delete(name, value = undefined) {
    if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this[kQuery] = this[kQuery].filter(([n, v]) => n !== name || v !== value);
    } else {
      this[kQuery] = this[kQuery].filter(([n]) => n !== name);
    }
    this[kUpdate]();
  }

  get(name) {
    if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    const pair = this[kQuery].find(([n]) => n === name);
    return pair === undefined ? null : pair[1];
  }

  getAll(name) {
    if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    return this[kQuery].filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    if (arguments.length < 1) throw new (errors().codes.ERR_MISSING_ARGS)('name');
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      return this[kQuery].some(([n, v]) => n === name && v === value);
    }
    return this[kQuery].some(([n]) => n === name);
  }

  set(name, value) {
    if (arguments.length < 2) throw new (errors().codes.ERR_MISSING_ARGS)('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const index = this[kQuery].findIndex(([n]) => n === name);
    if (index === -1) {
      this[kQuery].push([name, value]);
    } else {
      this[kQuery][index][1] = value;
      this[kQuery] = this[kQuery].filter(([n], i) => n !== name || i <= index);
    }
    this[kUpdate]();
  }

  sort() {
    // Stable sort by UTF-16 code units of the names.
    const indexed = this[kQuery].map((pair, i) => [pair, i]);
    indexed.sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
    this[kQuery] = indexed.map(([pair]) => pair);
    this[kUpdate]();
  }

  forEach(callback, thisArg = undefined) {
    const { validateFunction } = require('internal/validators');
    validateFunction(callback, 'callback');
    for (let i = 0; i < this[kQuery].length; i++) {
      const [name, value] = this[kQuery][i];
      callback.call(thisArg, value, name, this);
    }
  }

  * entries() {
    for (let i = 0; i < this[kQuery].length; i++) yield [this[kQuery][i][0], this[kQuery][i][1]];
  }

  * keys() {
    for (let i = 0; i < this[kQuery].length; i++) yield this[kQuery][i][0];
  }

  * values() {
    for (let i = 0; i < this[kQuery].length; i++) yield this[kQuery][i][1];
  }

  toString() {
    return serializeUrlencoded(this[kQuery]);
  }

  [kUpdate]() {
    const url = this[kUrl];
    if (url === null) return;
    const serialized = this.toString();
    url[kContext].query = serialized === '' ? null : serialized;
  }

  [customInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (typeof depth === 'number' && depth < 0) return `[${name}]`;
    if (this[kQuery].length === 0) return `${name} {}`;
    const fmt = inspect ?? require('util').inspect;
    const inner = this[kQuery].map(([k, v]) => `${fmt(k, options)} => ${fmt(v, options)}`);
    const oneLine = `${name} { ${inner.join(', ')} }`;
    if (oneLine.length <= (options?.breakLength ?? 80)) return oneLine;
    return `${name} {\n  ${inner.join(',\n  ')} }`;
  }
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

// ---- URL.

function invalidUrl(input, base) {
  const err = new (errors().codes.ERR_INVALID_URL)(input, base);
  return err;
}

// Already-canonical absolute URLs of the special schemes (what programs and loaders mostly pass) are split with
// one RegExp instead of the code-point state machine, which is slow in gnode's interpreter. The pattern admits
// only inputs the full parser would return unchanged, so the record is the same; anything else takes the full path.
const CANONICAL = new RegExp('^(https?|wss?|ftp|file)://([a-z0-9-]+(?:\\.[a-z0-9-]+)*)?(?::([1-9][0-9]{0,4}))?' +
  '(/[\\x21\\x24-\\x3b\\x3d\\x40-\\x5b\\x5d-\\x5f\\x61-\\x7a\\x7c\\x7e]*)?' +
  '(?:\\?([\\x21\\x24-\\x26\\x28-\\x3b\\x3d\\x3f-\\x7e]*))?(?:#([\\x21\\x23-\\x3b\\x3d\\x3f-\\x5f\\x61-\\x7e]*))?$');
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

function canonicalRecord(input) {
  const m = CANONICAL.exec(input);
  if (m === null) return null;
  const [, scheme, host = '', portText, path = '', query, fragment] = m;
  if (host === '' ? scheme !== 'file' : (scheme === 'file' && host === 'localhost')) return null;
  if (host !== '') {
    const last = host.slice(host.lastIndexOf('.') + 1);
    // Hosts that end in a number are IPv4 and punycode labels need checking: both go the long way.
    if (/^[0-9]+$/.test(last) || /^0x/.test(last) || host.includes('xn--')) return null;
  }
  let port = null;
  if (portText !== undefined) {
    port = Number(portText);
    if (port > 65535 || port === defaultPort(scheme)) return null;
  }
  if (DOT_SEGMENT.test(path) || /%2e/i.test(path)) return null;
  if (scheme === 'file' && /^\/[A-Za-z][:|]/.test(path)) return null;
  return {
    scheme, username: '', password: '', host, port,
    path: path === '' ? [''] : path.slice(1).split('/'),
    query: query ?? null, fragment: fragment ?? null,
  };
}

function parseOrThrow(input, base) {
  if (base === undefined) {
    const fast = canonicalRecord(input);
    if (fast !== null) return fast;
  }
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(`${base}`);
    if (baseRecord === null) throw invalidUrl(input, `${base}`);
  }
  const record = basicParse(input, baseRecord);
  if (record === null) throw invalidUrl(input, base === undefined ? undefined : `${base}`);
  return record;
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('url');
    input = toUSVString(input);
    // Hidden like Node's private fields: not enumerable, so spreading a URL copies nothing of it.
    Object.defineProperty(this, kContext, { value: parseOrThrow(input, base), writable: true });
    Object.defineProperty(this, kSearchParams, { value: null, writable: true });
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('url');
    try {
      parseOrThrow(toUSVString(input), base);
      return true;
    } catch {
      return false;
    }
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().codes.ERR_MISSING_ARGS)('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static createObjectURL() {
    throw require('internal/modules/builtins').notImplemented('URL.createObjectURL');
  }

  static revokeObjectURL() {}

  get href() { return serialize(this[kContext]); }
  set href(value) {
    const record = basicParse(toUSVString(value));
    if (record === null) throw invalidUrl(`${value}`);
    this[kContext] = record;
    if (this[kSearchParams] !== null) {
      this[kSearchParams][kQuery] = parseUrlencoded(record.query ?? '');
    }
  }

  get origin() { return origin(this[kContext]); }

  get protocol() { return `${this[kContext].scheme}:`; }
  set protocol(value) {
    const copy = cloneRecord(this[kContext]);
    const result = basicParse(`${toUSVString(value)}:`, null, copy, S.SCHEME_START);
    if (result) this[kContext] = result;
  }

  get username() { return this[kContext].username; }
  set username(value) {
    const url = this[kContext];
    if (cannotHaveCredentialsOrPort(url)) return;
    url.username = percentEncodeString(toUSVString(value), inUserinfo);
  }

  get password() { return this[kContext].password; }
  set password(value) {
    const url = this[kContext];
    if (cannotHaveCredentialsOrPort(url)) return;
    url.password = percentEncodeString(toUSVString(value), inUserinfo);
  }

  get host() {
    const url = this[kContext];
    if (url.host === null) return '';
    return url.port === null ? url.host : `${url.host}:${url.port}`;
  }
  set host(value) {
    const url = this[kContext];
    if (typeof url.path === 'string') return;
    const copy = cloneRecord(url);
    const result = basicParse(toUSVString(value), null, copy, S.HOST);
    if (result) this[kContext] = result;
  }

  get hostname() { return this[kContext].host ?? ''; }
  set hostname(value) {
    const url = this[kContext];
    if (typeof url.path === 'string') return;
    const copy = cloneRecord(url);
    const result = basicParse(toUSVString(value), null, copy, S.HOSTNAME);
    if (result) this[kContext] = result;
  }

  get port() { return this[kContext].port === null ? '' : String(this[kContext].port); }
  set port(value) {
    const url = this[kContext];
    if (cannotHaveCredentialsOrPort(url)) return;
    value = toUSVString(value);
    if (value === '') {
      url.port = null;
      return;
    }
    const copy = cloneRecord(url);
    const result = basicParse(value, null, copy, S.PORT);
    if (result) this[kContext] = result;
  }

  get pathname() { return serializePath(this[kContext]); }
  set pathname(value) {
    const url = this[kContext];
    if (typeof url.path === 'string') return;
    const copy = cloneRecord(url);
    copy.path = [];
    const result = basicParse(toUSVString(value), null, copy, S.PATH_START);
    if (result) this[kContext] = result;
  }

  get search() {
    const query = this[kContext].query;
    return query === null || query === '' ? '' : `?${query}`;
  }
  set search(value) {
    const url = this[kContext];
    value = toUSVString(value);
    if (value === '') {
      url.query = null;
      if (this[kSearchParams] !== null) this[kSearchParams][kQuery] = [];
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    const copy = cloneRecord(url);
    copy.query = '';
    const result = basicParse(input, null, copy, S.QUERY);
    if (result) {
      this[kContext] = result;
      if (this[kSearchParams] !== null) this[kSearchParams][kQuery] = parseUrlencoded(input);
    }
  }

  get searchParams() {
    if (this[kSearchParams] === null) {
      const params = new URLSearchParams(this[kContext].query ?? '');
      params[kUrl] = this;
      this[kSearchParams] = params;
    }
    return this[kSearchParams];
  }

  get hash() {
    const fragment = this[kContext].fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }
  set hash(value) {
    const url = this[kContext];
    value = toUSVString(value);
    if (value === '') {
      url.fragment = null;
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    const copy = cloneRecord(url);
    copy.fragment = '';
    const result = basicParse(input, null, copy, S.FRAGMENT);
    if (result) this[kContext] = result;
  }

  toString() { return this.href; }
  toJSON() { return this.href; }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const fmt = inspect ?? require('util').inspect;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    return `${this.constructor.name} ${fmt(obj, { ...options, depth })}`;
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
  'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, key, desc);
}

function isURL(value) {
  return value != null && value[kContext] !== undefined && typeof value.href === 'string' &&
    typeof value.protocol === 'string';
}

module.exports = {
  URL, URLSearchParams, isURL, canonicalRecord, domainToASCII, domainToUnicode, basicParse, serialize, parseHost, punycodeEncode,
  punycodeDecode, percentEncodeString, inPath,
};
