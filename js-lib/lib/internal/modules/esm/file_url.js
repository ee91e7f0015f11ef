'use strict';

// file: URLs for module paths, percent-encoded as Node's pathToFileURL does (RFC 3986 path characters kept).
// Self-contained so that module loading does not depend on the full URL implementation.

function pathToFileUrl(filename) {
  let out = 'file://';
  for (const ch of filename) {
    if (/[A-Za-z0-9\-._~!$&'()*+,;=:@/]/.test(ch)) {
      out += ch;
    } else {
      out += encodeURIComponent(ch);
    }
  }
  return out;
}

// The path of a file: URL (host empty or localhost), or null when it is not one.
function fileUrlToPath(url) {
  const match = /^file:\/\/(localhost)?(\/[^?#]*)/i.exec(url);
  if (match === null) return null;
  try {
    return decodeURIComponent(match[2]);
  } catch {
    return match[2];
  }
}

module.exports = { pathToFileUrl, fileUrlToPath };
