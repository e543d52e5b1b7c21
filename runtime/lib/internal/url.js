'use strict';

// The WHATWG URL class and the URL helpers other modules use
// (fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII, ...).

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_FILE_URL_HOST,
  ERR_INVALID_FILE_URL_PATH,
  ERR_INVALID_URL,
  ERR_INVALID_URL_SCHEME,
  ERR_MISSING_ARGS,
} = require('internal/errors').codes;
const {
  basicParse,
  serializeURL,
  serializePath,
  serializeOrigin,
  hasOpaquePath,
  cannotHaveCredentialsOrPort,
  stripTrailingSpacesFromOpaquePath,
  states,
} = require('internal/url_parser');
const {
  inUserinfoSet,
  percentEncodeString,
  toUSVString,
  parseHost,
  idna,
} = require('internal/url_host');
const {
  URLSearchParams,
  isURLSearchParams,
  parseForm,
  setOwner,
  setUpdateOwner,
} = require('internal/url_search_params');

const { validateString } = require('internal/validators');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

function invalidURL(input, base) {
  const err = new ERR_INVALID_URL(input, base);
  // The skeleton's error may not record the inputs; node's does.
  if (err.input === undefined) err.input = input;
  if (base !== undefined && err.base === undefined) err.base = base;
  return err;
}

function parseRecord(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(base, null);
    if (baseRecord === null) return null;
  }
  return basicParse(input, baseRecord);
}

let getRecord;

const kContext = Symbol('context');
const kOmitted = 4294967295;
const schemeTypes = { __proto__: null, http: 0, https: 2, ws: 3, ftp: 4, wss: 5, file: 6 };

// What node shows of its parser's state with showHidden: the offsets of
// the components in href, with 2^32 - 1 for the absent ones.
class URLContext {
  href = '';
  protocol_end = 0;
  username_end = 0;
  host_start = 0;
  host_end = 0;
  pathname_start = 0;
  search_start = 0;
  hash_start = 0;
  port = 0;
  scheme_type = 1;

  get hasPort() {
    return this.port !== kOmitted;
  }

  get hasSearch() {
    return this.search_start !== kOmitted;
  }

  get hasHash() {
    return this.hash_start !== kOmitted;
  }
}

function makeContext(record) {
  const ctx = new URLContext();
  ctx.href = serializeURL(record);
  ctx.protocol_end = record.scheme.length + 1;
  if (record.host !== null) {
    ctx.username_end = ctx.protocol_end + 2 + record.username.length;
    const hasCredentials = record.username !== '' || record.password !== '';
    ctx.host_start = ctx.username_end + (record.password !== '' ? 1 + record.password.length : 0);
    ctx.host_end = ctx.host_start + (hasCredentials ? 1 : 0) + record.host.length;
    ctx.pathname_start = ctx.host_end + (record.port !== null ? 1 + String(record.port).length : 0);
  } else {
    ctx.username_end = ctx.host_start = ctx.host_end = ctx.protocol_end;
    const dotPrefix = !hasOpaquePath(record) && record.path.length > 1 && record.path[0] === '';
    ctx.pathname_start = ctx.protocol_end + (dotPrefix ? 2 : 0);
  }
  const afterPath = ctx.pathname_start + serializePath(record).length;
  ctx.search_start = record.query !== null ? afterPath : kOmitted;
  ctx.hash_start = record.fragment !== null ?
    afterPath + (record.query !== null ? record.query.length + 1 : 0) : kOmitted;
  ctx.port = record.port !== null ? record.port : kOmitted;
  ctx.scheme_type = schemeTypes[record.scheme] ?? 1;
  return ctx;
}

class URL {
  #url;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const record = parseRecord(input, base);
    if (record === null) throw invalidURL(input, base);
    this.#url = record;
  }

  static {
    getRecord = (url) => url.#url;
  }

  static isURL(value) {
    return value !== null && typeof value === 'object' && #url in value;
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    const record = parseRecord(url, base);
    if (record === null) return null;
    const parsed = new URL('about:blank');
    parsed.#url = record;
    return parsed;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return parseRecord(url, base) !== null;
  }

  // Runs a setter's parse. As the standard says, the URL keeps whatever
  // the parser changed before it stopped, even on failure ('example.com:
  // 65536' still sets the host).
  #apply(value, state, prepare) {
    if (prepare !== undefined) prepare(this.#url);
    basicParse(value, null, this.#url, state);
  }

  #syncSearchParams() {
    if (this.#searchParams !== null) {
      const query = this.#url.query;
      setOwner(this.#searchParams, this, query === null ? [] : parseForm(query));
    }
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = this.constructor || URL;
    // A plain object: only the name in front says what it is.
    const obj = {};
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    if (opts.showHidden) obj[kContext] = makeContext(this.#url);
    return `${constructor.name} ${require('util').inspect(obj, opts)}`;
  }

  toString() {
    checkThis(this);
    return serializeURL(this.#url);
  }

  get href() {
    checkThis(this);
    return serializeURL(this.#url);
  }

  set href(value) {
    checkThis(this);
    value = toUSVString(value);
    const record = basicParse(value, null);
    if (record === null) throw invalidURL(value);
    this.#url = record;
    this.#syncSearchParams();
  }

  get origin() {
    checkThis(this);
    return serializeOrigin(this.#url);
  }

  get protocol() {
    checkThis(this);
    return `${this.#url.scheme}:`;
  }

  set protocol(value) {
    checkThis(this);
    this.#apply(`${toUSVString(value)}:`, states.SCHEME_START);
  }

  get username() {
    checkThis(this);
    return this.#url.username;
  }

  set username(value) {
    checkThis(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this.#url)) return;
    this.#url.username = percentEncodeString(value, inUserinfoSet);
  }

  get password() {
    checkThis(this);
    return this.#url.password;
  }

  set password(value) {
    checkThis(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this.#url)) return;
    this.#url.password = percentEncodeString(value, inUserinfoSet);
  }

  get host() {
    checkThis(this);
    const { host, port } = this.#url;
    if (host === null) return '';
    return port === null ? host : `${host}:${port}`;
  }

  set host(value) {
    checkThis(this);
    value = toUSVString(value);
    if (hasOpaquePath(this.#url)) return;
    this.#apply(value, states.HOST);
  }

  get hostname() {
    checkThis(this);
    return this.#url.host ?? '';
  }

  set hostname(value) {
    checkThis(this);
    value = toUSVString(value);
    if (hasOpaquePath(this.#url)) return;
    this.#apply(value, states.HOSTNAME);
  }

  get port() {
    checkThis(this);
    return this.#url.port === null ? '' : String(this.#url.port);
  }

  set port(value) {
    checkThis(this);
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this.#url)) return;
    if (value === '') {
      this.#url.port = null;
      return;
    }
    this.#apply(value, states.PORT);
  }

  get pathname() {
    checkThis(this);
    return serializePath(this.#url);
  }

  set pathname(value) {
    checkThis(this);
    value = toUSVString(value);
    if (hasOpaquePath(this.#url)) return;
    this.#apply(value, states.PATH_START, (copy) => {
      copy.path = [];
    });
  }

  get search() {
    checkThis(this);
    const query = this.#url.query;
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    checkThis(this);
    value = toUSVString(value);
    if (value === '') {
      this.#url.query = null;
      stripTrailingSpacesFromOpaquePath(this.#url);
    } else {
      const input = value[0] === '?' ? value.slice(1) : value;
      this.#apply(input, states.QUERY, (copy) => {
        copy.query = '';
      });
    }
    this.#syncSearchParams();
  }

  get searchParams() {
    checkThis(this);
    if (this.#searchParams === null) {
      this.#searchParams = new URLSearchParams();
      this.#syncSearchParams();
    }
    return this.#searchParams;
  }

  get hash() {
    checkThis(this);
    const fragment = this.#url.fragment;
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    checkThis(this);
    value = toUSVString(value);
    if (value === '') {
      this.#url.fragment = null;
      stripTrailingSpacesFromOpaquePath(this.#url);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    this.#apply(input, states.FRAGMENT, (copy) => {
      copy.fragment = '';
    });
  }

  toJSON() {
    checkThis(this);
    return serializeURL(this.#url);
  }

  static createObjectURL(obj) {
    // The blob registry lives with Blob.
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    require('internal/blob').revokeObjectURL(url);
  }
}

const isURLInstance = URL.isURL;
delete URL.isURL;

// Node reads its private fields directly; this is V8's message for that.
function checkThis(self) {
  if (!isURLInstance(self)) throw new TypeError('Receiver must be an instance of class URL');
}

setUpdateOwner((url, serialized) => {
  const record = getRecord(url);
  record.query = serialized === '' ? null : serialized;
  if (serialized === '') stripTrailingSpacesFromOpaquePath(record);
});

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
                    'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash',
                    'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, name, desc);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  configurable: true,
  value: 'URL',
});
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const desc = Object.getOwnPropertyDescriptor(URL, name);
  desc.enumerable = true;
  Object.defineProperty(URL, name, desc);
}

// Duck typing, as node does, so that URL objects from other realms work.
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

// domainToASCII/domainToUnicode run the host through the hostname setter
// of a special URL, as node does: '' when it is not a valid host.
function hostnameOf(domain) {
  let input = domain.replace(/[\t\n\r]/g, '');
  const end = input.search(/[/?#\\]/);
  if (end !== -1) input = input.slice(0, end);
  if (input === '') return null;
  let brackets = false;
  for (const ch of input) {
    if (ch === '[') brackets = true;
    else if (ch === ']') brackets = false;
    else if (ch === ':' && !brackets) return null;
  }
  return parseHost(input, false);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return hostnameOf(`${domain}`) ?? '';
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = hostnameOf(`${domain}`);
  if (host === null) return '';
  if (!/(^|\.)xn--/i.test(host)) return host;
  return idna().toUnicode(host) ?? '';
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') {
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) ||
          (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
  if (hostname !== '') {
    // A UNC path: \\server\share\...
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? process.platform === 'win32';
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

// Characters that a file path may hold but a URL path must escape.
function encodePathChars(filepath, windows) {
  if (filepath.includes('%')) filepath = filepath.replace(/%/g, '%25');
  if (!windows && filepath.includes('\\')) filepath = filepath.replace(/\\/g, '%5C');
  if (filepath.includes('\n')) filepath = filepath.replace(/\n/g, '%0A');
  if (filepath.includes('\r')) filepath = filepath.replace(/\r/g, '%0D');
  if (filepath.includes('\t')) filepath = filepath.replace(/\t/g, '%09');
  return filepath;
}

function pathToFileURL(filepath, options = undefined) {
  validateString(filepath, 'path');
  const windows = options?.windows ?? process.platform === 'win32';
  const path = require('path');
  if (windows && filepath.startsWith('\\\\')) {
    const outURL = new URL('file://');
    const hostnameEnd = filepath.indexOf('\\', 2);
    if (hostnameEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostnameEnd === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    outURL.hostname = domainToASCII(filepath.slice(2, hostnameEnd));
    outURL.pathname = encodePathChars(filepath.slice(hostnameEnd).replace(/\\/g, '/'), windows);
    return outURL;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing separator, which matters for directories.
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  resolved = encodePathChars(resolved, windows);
  if (resolved.includes('?')) resolved = resolved.replace(/\?/g, '%3F');
  if (resolved.includes('#')) resolved = resolved.replace(/#/g, '%23');
  return new URL(`file://${resolved}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url, // Properties a user added to the object come along.
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search: search,
    pathname: pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  isURLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  encodePathChars,
};
