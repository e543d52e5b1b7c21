'use strict';

// The `url` module: the WHATWG URL API (from internal/url) and node's
// legacy API, url.parse()/format()/resolve()/resolveObject() on Url
// objects, whose lenient rules are kept exactly as node has them.

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_URL,
} = require('internal/errors').codes;
const { validateString, validateObject } = require('internal/validators');
const querystring = require('querystring');
const { encodeStr, hexTable } = require('internal/querystring');
const {
  URL,
  URLSearchParams,
  isURL,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
} = require('internal/url');
const { basicParse, serializeURL } = require('internal/url_parser');
const { idna } = require('internal/url_host');

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

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostnameMaxLen = 255;
// Protocols that never have a host ('javascript:alert(1)').
const hostlessProtocol = new Set(['javascript', 'javascript:']);
// Protocols whose URLs always get '//' after the scheme.
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
                                 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Characters that can appear in a hostname only through IDNA, which would
// be a spoofing attempt.
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;

// Characters never allowed in a hostname (RFC 2396), which end it.
const nonHostChars = new Set([' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`',
                              '{', '|', '}']);

let urlParseWarned = false;
let invalidPortWarned = false;

const { pendingDeprecation } = require('internal/util');

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!urlParseWarned && pendingDeprecation()) {
    urlParseWarned = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to ' +
                        'errors that have security implications. Use the WHATWG URL API ' +
                        'instead. CVEs are not issued for `url.parse()` vulnerabilities.',
                        'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const urlObject = new Url();
  urlObject.parse(url, parseQueryString, slashesDenoteHost);
  return urlObject;
}

function isIpv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

function isParseWhitespace(code) {
  return code < 33 || code === 0xA0 || code === 0xFEFF;
}

// Trims whitespace and turns backslashes before the first '?' or '#' into
// slashes, the way browsers read them. Also reports whether the string
// has '#' and, before any '?'/'#', '@'.
function prepareInput(url) {
  let start = 0;
  while (start < url.length && isParseWhitespace(url.charCodeAt(start))) start++;
  let end = url.length;
  while (end > start && isParseWhitespace(url.charCodeAt(end - 1))) end--;
  let hasHash = false;
  let hasAt = false;
  let split = false;
  let rest = '';
  for (let i = start; i < url.length; i++) {
    const ch = url[i];
    if (!split) {
      if (ch === '@') {
        hasAt = true;
      } else if (ch === '#' || ch === '?') {
        if (ch === '#') hasHash = true;
        split = true;
      } else if (ch === '\\') {
        if (i < end) rest += '/';
        continue;
      }
    } else if (ch === '#') {
      hasHash = true;
    }
    if (i < end) rest += ch;
  }
  return { rest, hasHash, hasAt };
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepareInput(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    // A plain path with maybe a query needs no further work.
    const simplePath = simplePathPattern.exec(rest);
    if (simplePath) {
      this.path = rest;
      this.href = rest;
      this.pathname = simplePath[1];
      if (simplePath[2]) {
        this.search = simplePath[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) :
          this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // '//host/path' names a host when asked to, after a protocol, or when
  // it holds user@server.
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(proto)))) {
    rest = this.parseAuthority(rest, url);
  }

  // Escape what RFC 2396 calls delimiters and unwise characters, and "'".
  if (lowerProto !== 'javascript' && lowerProto !== 'javascript:') rest = autoEscapeStr(rest);

  let questionIdx = -1;
  let hashIdx = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '#') {
      this.hash = rest.slice(i);
      hashIdx = i;
      break;
    } else if (ch === '?' && questionIdx === -1) {
      questionIdx = i;
    }
  }

  if (questionIdx !== -1) {
    const queryEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, queryEnd);
    this.query = rest.slice(questionIdx + 1, queryEnd);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const firstIdx = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx) ?
    questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  // http.request() reads `path`.
  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }

  this.href = this.format();
  return this;
};

// Reads [auth@]host[:port] from the start of `rest` and returns what
// follows. The host ends at the first '/', '?' or '#'; before the last '@'
// anything goes (it is the auth part).
Url.prototype.parseAuthority = function parseAuthority(rest, url) {
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '\t' || ch === '\n' || ch === '\r') {
      // Dropped up to the end of the host, as the WHATWG parser does.
      rest = rest.slice(0, i) + rest.slice(i + 1);
      i--;
      continue;
    }
    if (nonHostChars.has(ch)) {
      if (nonHost === -1) nonHost = i;
    } else if (ch === '#' || ch === '/' || ch === '?') {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
    } else if (ch === '@') {
      atSign = i;
      nonHost = -1;
    }
    if (hostEnd !== -1) break;
  }
  let start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }

  this.parseHost();
  // A host was announced, so hostname is a string even when empty.
  if (typeof this.hostname !== 'string') this.hostname = '';
  const hostname = this.hostname;
  const ipv6Hostname = isIpv6Hostname(hostname);
  if (!ipv6Hostname) rest = splitHostname(this, rest, hostname, url);

  if (this.hostname.length > hostnameMaxLen) {
    this.hostname = '';
  } else {
    this.hostname = this.hostname.toLowerCase();
  }

  if (this.hostname !== '') {
    if (ipv6Hostname) {
      if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidURL(url);
    } else {
      // IDNA may only have produced an empty or forbidden hostname from
      // characters that passed the checks above: a spoofing attempt.
      this.hostname = legacyToASCII(this.hostname);
      if (this.hostname === '' || forbiddenHostChars.test(this.hostname)) {
        throw invalidURL(url);
      }
    }
  }

  const port = this.port ? `:${this.port}` : '';
  this.host = (this.hostname || '') + port;

  if (ipv6Hostname) {
    // The brackets stay in `host` only.
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
};

function invalidURL(url) {
  const err = new ERR_INVALID_URL(url);
  if (err.input === undefined) err.input = url;
  return err;
}

function legacyToASCII(hostname) {
  if (/^[\x00-\x7F]*$/.test(hostname) && !/(^|\.)xn--/i.test(hostname)) return hostname;
  return idna().toASCII(hostname) ?? '';
}

// A hostname stops at a character that cannot be in one; the rest moves
// to the path. A ':' there is a port that is not a number, which node
// accepts with a deprecation warning.
function splitHostname(self, rest, hostname, url) {
  for (let i = 0; i < hostname.length; i++) {
    const ch = hostname[i];
    if (ch === '/' || ch === '\\' || ch === '#' || ch === '?' || ch === ':') {
      if (!invalidPortWarned && ch === ':') {
        invalidPortWarned = true;
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will ` +
                            'throw an error.', 'DeprecationWarning', 'DEP0170');
      }
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

const autoEscaped = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C',
  '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;

function autoEscapeStr(rest) {
  return rest.replace(autoEscapePattern, (ch) => autoEscaped[ch]);
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// The auth part keeps ! - . _ ~ ' ( ) * alphanumerics and ':' as is.
const noEscapeAuth = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*:") {
  noEscapeAuth[ch.charCodeAt(0)] = 1;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWHATWG(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function formatWHATWG(href, fragment, unicode, search, auth) {
  const record = basicParse(href, null);
  if (record === null) return href;
  if (!fragment) record.fragment = null;
  if (unicode && record.host) record.host = domainToUnicode(record.host) || record.host;
  if (!search) record.query = null;
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  return serializeURL(record);
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeStr(auth, noEscapeAuth, hexTable)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIpv6Hostname(this.hostname) ?
      `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }

  if (this.query !== null && typeof this.query === 'object') {
    query = querystring.stringify(this.query);
  }
  let search = this.search || (query && (`?${query}`)) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 58) protocol += ':';

  if (pathname.includes('#') || pathname.includes('?')) {
    pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));
  }

  // Only the slashed protocols get '//' (not mailto:, xmpp:, ...) unless
  // the URL had it.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Object.assign(Url.prototype, require('internal/url_legacy_resolve')(Url, slashedProtocol,
                                                                    hostlessProtocol));

module.exports = {
  // Legacy
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
