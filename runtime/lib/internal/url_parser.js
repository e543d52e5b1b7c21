'use strict';

// The basic URL parser of the WHATWG URL Standard, as a state machine over
// code points, and the URL serializer. A URL record is a plain object:
// { scheme, username, password, host (serialized, or null), port (number
// or null), path (array of segments, or a string for an opaque path),
// query, fragment (strings or null) }.

const {
  inC0ControlSet,
  inFragmentSet,
  inQuerySet,
  inSpecialQuerySet,
  inPathSet,
  inUserinfoSet,
  percentEncodeCodePoint,
  percentEncodeString,
  parseHost,
} = require('internal/url_host');

const specialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443,
                       'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  return scheme in specialPorts;
}

// States. Setters start the parser in one of them ("state override").
const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

// Returned when a state override ends the parse without changing the URL.
const UNCHANGED = 'unchanged';

function isAlpha(c) {
  return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
}
function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

// Whether the code points from p on start with a Windows drive letter.
function startsWithWindowsDriveLetter(at, n, p) {
  if (n - p < 2) return false;
  if (!isAlpha(at(p)) || (at(p + 1) !== 0x3A && at(p + 1) !== 0x7C)) return false;
  if (n - p === 2) return true;
  const c = at(p + 2);
  return c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23;
}

function codePointString(c) {
  return c < 0x10000 ? String.fromCharCode(c) : String.fromCodePoint(c);
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.toLowerCase()) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

// Node 20's URL parser (Ada 2.9) skips dot-segment processing for a path
// it considers trivial: the path so far is empty, nothing in the rest of
// the path needs escaping, it has no '%' or '\\', it does not start with
// '.', and the first '/.' in it is followed by something other than '.',
// '/' or the end. So '/a/.b/c/..' stays as is
// there; this parser does the same to give the same results.
function isAdaTrivialPath(url, at, n, p, stopAtQuery) {
  if (url.path.length !== 0) return false;
  let end = p;
  while (end < n) {
    const c = at(end);
    if (stopAtQuery && (c === 0x3F || c === 0x23)) break;
    if (c >= 0x80 || c === 0x25 || c === 0x5C || inPathSet(c)) return false;
    end++;
  }
  if (p < end && at(p) === 0x2E) return false;
  if (url.scheme === 'file' && startsWithWindowsDriveLetter(at, end, p)) return false;
  for (let i = p; i + 1 < end; i++) {
    if (at(i) === 0x2F && at(i + 1) === 0x2E) {
      if (i + 2 >= end) return false;
      const next = at(i + 2);
      return next !== 0x2E && next !== 0x2F;
    }
  }
  return true;
}

function hasOpaquePath(url) {
  return typeof url.path === 'string';
}

function shortenPath(url) {
  const path = url.path;
  // The standard keeps a lone 'C:' segment; node (Ada) keeps any lone
  // segment that starts with one ('C:x').
  if (url.scheme === 'file' && path.length === 1 && path[0].length >= 2 &&
      isAlpha(path[0].charCodeAt(0)) && path[0][1] === ':') {
    return;
  }
  path.pop();
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [],
           query: null, fragment: null };
}

function cloneRecord(url) {
  return { ...url, path: hasOpaquePath(url) ? url.path : url.path.slice() };
}

// Runs the parser. Returns the URL record, null on failure, or UNCHANGED
// when a state override stopped early.
function basicParse(input, base, url, stateOverride) {
  if (url === undefined) {
    url = newRecord();
    // Leading and trailing C0 controls and spaces are dropped.
    let start = 0;
    let end = input.length;
    while (start < end && input.charCodeAt(start) <= 0x20) start++;
    while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
    if (start > 0 || end < input.length) input = input.slice(start, end);
  }
  // One scan for what needs more work (plain loops: regular expressions
  // are slow to start on V8 10.2): tabs and newlines are removed, and
  // surrogate pairs make the parser walk code points instead of units.
  let hasTabOrNewline = false;
  let hasSurrogates = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0A || c === 0x0D) hasTabOrNewline = true;
    else if (c >= 0xD800 && c <= 0xDFFF) hasSurrogates = true;
  }
  if (hasTabOrNewline) input = input.replace(/[\t\n\r]/g, '');
  let cps = null;
  if (hasSurrogates) {
    cps = [];
    for (const ch of input) cps.push(ch.codePointAt(0));
  }
  const n = cps === null ? input.length : cps.length;
  const at = cps === null ? (i) => input.charCodeAt(i) : (i) => cps[i];

  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  // Decided when the path state is first entered (see isAdaTrivialPath).
  let trivialPath = null;

  // Whether the URL's scheme is special, refreshed when the scheme changes.
  let special = isSpecialScheme(url.scheme);
  let specialFor = url.scheme;
  for (let p = 0; p <= n; p++) {
    const c = p < n ? at(p) : -1; // -1 is EOF.
    if (url.scheme !== specialFor) {
      specialFor = url.scheme;
      special = isSpecialScheme(specialFor);
    }
    switch (state) {
      case SCHEME_START:
        if (isAlpha(c)) {
          buffer += String.fromCharCode(isAlpha(c) ? c | 0x20 : c);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          p--;
        } else {
          return null;
        }
        break;

      case SCHEME:
        if (isAlpha(c) || isDigit(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
          buffer += String.fromCharCode(isAlpha(c) ? c | 0x20 : c);
        } else if (c === 0x3A) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return UNCHANGED;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') {
              return UNCHANGED;
            }
            if (url.scheme === 'file' && url.host === '') return UNCHANGED;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === specialPorts[url.scheme]) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (at(p + 1) === 0x2F) {
            state = PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          p = -1;
        } else {
          return null;
        }
        break;

      case NO_SCHEME:
        if (!base || (hasOpaquePath(base) && c !== 0x23)) return null;
        if (hasOpaquePath(base) && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          p--;
        } else {
          state = FILE;
          p--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2F && at(p + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = RELATIVE;
          p--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          state = PATH;
          p--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2F || (isSpecialScheme(url.scheme) && c === 0x5C)) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== -1) {
            url.query = null;
            shortenPath(url);
            state = PATH;
            p--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (special && (c === 0x2F || c === 0x5C)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        if (c === 0x2F && at(p + 1) === 0x2F) {
          p++;
        } else {
          p--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2F && c !== 0x5C) {
          state = AUTHORITY;
          p--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const bc of buffer) {
            const code = bc.codePointAt(0);
            if (code === 0x3A && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncodeCodePoint(code, inUserinfoSet);
            if (passwordTokenSeen) {
              url.password += encoded;
            } else {
              url.username += encoded;
            }
          }
          buffer = '';
        } else if (c === -1 || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (special && c === 0x5C)) {
          if (atSignSeen && buffer === '') return null;
          p -= (cps === null ? buffer.length : Array.from(buffer).length) + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += codePointString(c);
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = FILE_HOST;
        } else if (c === 0x3A && !insideBrackets) {
          if (buffer === '') return null;
          if (stateOverride === HOSTNAME) return null;
          const host = parseHost(buffer, !special);
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === -1 || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (special && c === 0x5C)) {
          p--;
          if (special && buffer === '') return null;
          if (stateOverride && buffer === '' &&
              (includesCredentials(url) || url.port !== null)) {
            return UNCHANGED;
          }
          const host = parseHost(buffer, !special);
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === 0x5B) insideBrackets = true;
          if (c === 0x5D) insideBrackets = false;
          buffer += codePointString(c);
        }
        break;

      case PORT:
        if (isDigit(c)) {
          buffer += codePointString(c);
        } else if (c === -1 || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (special && c === 0x5C) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = port === specialPorts[url.scheme] ? null : port;
            buffer = '';
          } else if (stateOverride) {
            return UNCHANGED;
          }
          if (stateOverride) return url;
          state = PATH_START;
          p--;
        } else {
          return null;
        }
        break;

      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2F || c === 0x5C) {
          state = FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== -1) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(at, n, p)) {
              shortenPath(url);
            } else {
              url.path = [];
            }
            state = PATH;
            p--;
          }
        } else {
          state = PATH;
          p--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2F || c === 0x5C) {
          state = FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(at, n, p) &&
                isWindowsDriveLetter(base.path[0] || '', true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          p--;
        }
        break;

      case FILE_HOST:
        if (c === -1 || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            // The drive letter is kept in `buffer` and becomes the first
            // path segment.
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += codePointString(c);
        }
        break;

      case PATH_START:
        if (special) {
          state = PATH;
          if (c !== 0x2F && c !== 0x5C) p--;
        } else if (!stateOverride && c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== -1) {
          state = PATH;
          if (c !== 0x2F) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (trivialPath === null) {
          // A drive letter carried over from the file host state is a
          // path segment already: never trivial.
          trivialPath = buffer === '' && isAdaTrivialPath(url, at, n, p, !stateOverride);
        }
        if (c === -1 || c === 0x2F || (special && c === 0x5C) ||
            (!stateOverride && (c === 0x3F || c === 0x23))) {
          const slash = c === 0x2F || (special && c === 0x5C);
          if (trivialPath) {
            url.path.push(buffer);
          } else if (isDoubleDot(buffer)) {
            // Like node (Ada 2.9), a non-special URL whose path is already
            // empty keeps it empty ('foo:/..' is 'foo:'), where the
            // standard would give 'foo:/'.
            const hadSegments = url.path.length > 0;
            shortenPath(url);
            if (!slash && (special || hadSegments)) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 &&
                isWindowsDriveLetter(buffer, false)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += percentEncodeCodePoint(c, inPathSet);
        }
        break;

      case OPAQUE_PATH:
        if (c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== -1) {
          url.path += percentEncodeCodePoint(c, inC0ControlSet);
        }
        break;

      case QUERY:
        if ((!stateOverride && c === 0x23) || c === -1) {
          url.query += percentEncodeString(buffer, special ? inSpecialQuerySet : inQuerySet);
          buffer = '';
          if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += codePointString(c);
        }
        break;

      case FRAGMENT:
        if (c !== -1) url.fragment += percentEncodeCodePoint(c, inFragmentSet);
        break;
    }
  }
  return url;
}

function serializePath(url) {
  if (hasOpaquePath(url)) return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') {
    // Keeps '//' at the start of the path from reading as an authority.
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      // A blob URL's origin is that of the URL in its path.
      const inner = basicParse(serializePath(url));
      if (inner && inner !== UNCHANGED && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
    default:
      return 'null';
  }
}

function cannotHaveCredentialsOrPort(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

function stripTrailingSpacesFromOpaquePath(url) {
  if (!hasOpaquePath(url) || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

module.exports = {
  basicParse,
  serializeURL,
  serializePath,
  serializeOrigin,
  cloneRecord,
  hasOpaquePath,
  isSpecialScheme,
  cannotHaveCredentialsOrPort,
  stripTrailingSpacesFromOpaquePath,
  UNCHANGED,
  states: {
    SCHEME_START, AUTHORITY, HOST, HOSTNAME, PORT, PATH_START, QUERY, FRAGMENT,
  },
};
