'use strict';

// The Windows flavour of `path` (path.win32). Both separators are accepted
// on input; results use backslashes. A root is a drive ('C:', 'C:\\'), a
// UNC share ('\\\\server\\share'), a device namespace ('\\\\.\\', '\\\\?\\')
// or a single leading separator.

const { validateString } = require('internal/validators');
const {
  BACKSLASH, QUESTION, DOT,
  isWinSep, isDriveLetter, hasDrive,
  foldSegments, lastComponent, extOf, baseWithSuffix,
  formatWith, fillParsed, matchesGlobWith,
} = require('internal/path_util');

// DOS device names that Windows resolves anywhere when followed by ':'.
const RESERVED = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

function isReservedBefore(path, colon) {
  return RESERVED.has(path.slice(0, colon).toUpperCase());
}

// Recognizes '\\\\server\\share' at the start of a path that begins with two
// separators. Returns null, or the server name, the share's bounds and
// whether the share runs to the end of the path.
function scanUnc(path) {
  const len = path.length;
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return null;
  const server = path.slice(2, j);
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { server, shareStart, shareEnd: j, atEnd: j === len };
}

// The root of a path as resolve() and normalize() see it.
// `device` is undefined when there is no drive/share/namespace part.
function splitRoot(path, forNormalize) {
  const len = path.length;
  const code = path.charCodeAt(0);
  const root = { device: undefined, rootEnd: 0, absolute: false, uncOnly: null };
  if (len === 1) {
    if (isWinSep(code)) {
      root.rootEnd = 1;
      root.absolute = true;
    }
    return root;
  }
  if (isWinSep(code)) {
    root.absolute = true;
    root.rootEnd = 1;
    if (!isWinSep(path.charCodeAt(1))) return root;
    const unc = scanUnc(path);
    if (unc === null) {
      // Not a share: a plain separator-rooted path whose leading
      // separators the folding step collapses.
      root.rootEnd = 0;
      return root;
    }
    if (unc.server === '.' || unc.server === '?') {
      root.device = `\\\\${unc.server}`;
      root.rootEnd = 4;
      if (forNormalize) {
        const colon = path.indexOf(':');
        const candidate = path.slice(4, colon + 1);
        if (isReservedBefore(candidate, candidate.length - 1)) {
          root.device = `\\\\?\\${candidate}`;
          root.rootEnd = 4 + candidate.length;
        }
      }
    } else if (forNormalize && unc.atEnd) {
      root.uncOnly = `\\\\${unc.server}\\${path.slice(unc.shareStart)}\\`;
    } else {
      root.device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
      root.rootEnd = unc.shareEnd;
    }
    return root;
  }
  if (!forNormalize) {
    if (hasDrive(path)) {
      root.device = path.slice(0, 2);
      root.rootEnd = 2;
      if (len > 2 && isWinSep(path.charCodeAt(2))) {
        root.absolute = true;
        root.rootEnd = 3;
      }
    }
    return root;
  }
  const colon = path.indexOf(':');
  if (colon === 1 && isDriveLetter(code)) {
    root.device = path.slice(0, 2);
    root.rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      root.absolute = true;
      root.rootEnd = 3;
    }
  } else if (colon > 0 && isReservedBefore(path, colon)) {
    root.device = path.slice(0, colon + 1);
    root.rootEnd = colon + 1;
  }
  return root;
}

// The working directory Windows keeps per drive ('=C:' variables), or the
// drive's root when it is unknown or belongs to another drive.
function driveCwd(device) {
  let path = process.env[`=${device}`] || process.cwd();
  if (path === undefined ||
      (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
       path.charCodeAt(2) === BACKSLASH)) {
    path = `${device}\\`;
  }
  return path;
}

// The root of a path as dirname() and parse() see it: the index where the
// root ends, and whether the whole path is a bare UNC root.
function rootLength(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (len === 1) return { end: isWinSep(code) ? 1 : 0, whole: isWinSep(code) };
  if (isWinSep(code)) {
    if (!isWinSep(path.charCodeAt(1))) return { end: 1, whole: false };
    const unc = scanUnc(path);
    if (unc === null) return { end: 1, whole: false };
    if (unc.atEnd) return { end: len, whole: true };
    return { end: unc.shareEnd + 1, whole: false };
  }
  if (hasDrive(path)) {
    if (len > 2 && isWinSep(path.charCodeAt(2))) return { end: 3, whole: len === 3 };
    return { end: 2, whole: len === 2 };
  }
  return { end: 0, whole: false };
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        path = driveCwd(device);
      }
      const root = splitRoot(path, false);
      const thisDevice = root.device === undefined ? '' : root.device;
      if (thisDevice.length > 0) {
        if (device.length === 0) {
          device = thisDevice;
        } else if (thisDevice.toLowerCase() !== device.toLowerCase()) {
          // A path on another drive does not contribute.
          continue;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = foldSegments(tail, !absolute, '\\', isWinSep);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path.charCodeAt(0) === 47 ? '\\' : path;
    const root = splitRoot(path, true);
    if (root.uncOnly !== null) return root.uncOnly;
    const { device, rootEnd, absolute } = root;
    let tail = rootEnd < len ?
      foldSegments(path.slice(rootEnd), !absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';
    if (!absolute && device === undefined && path.includes(':')) {
      // A relative result must not turn into something Windows reads as a
      // drive or a device ('a/../c:x' must not become 'c:x').
      if (hasDrive(tail)) return `.\\${tail}`;
      for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }
    if (isReservedBefore(path, path.indexOf(':'))) {
      return `.\\${device === undefined ? '' : device}${tail}`;
    }
    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    if (isWinSep(path.charCodeAt(0))) return true;
    return len > 2 && hasDrive(path) && isWinSep(path.charCodeAt(2));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length === 0) continue;
      if (joined === undefined) {
        joined = first = arg;
      } else {
        joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Leading separators collapse to one unless the first argument clearly
    // names a UNC share ('//server'), so that joining never invents one.
    const firstIsUnc = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!firstIsUnc) {
      let n = 0;
      while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromFull = win32.resolve(from);
    const toFull = win32.resolve(to);
    if (fromFull === toFull) return '';
    // Windows compares names without regard to case; the comparison is
    // done character by character on the lowered strings, as node does.
    const a = fromFull.toLowerCase();
    const b = toFull.toLowerCase();
    if (a === b) return '';
    const [aStart, aEnd] = trimBackslashes(a);
    const [bStart, bEnd] = trimBackslashes(b);
    const aLen = aEnd - aStart;
    const bLen = bEnd - bStart;
    const length = Math.min(aLen, bLen);
    let lastSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = a.charCodeAt(aStart + i);
      if (code !== b.charCodeAt(bStart + i)) break;
      if (code === BACKSLASH) lastSep = i;
    }
    if (i !== length) {
      if (lastSep === -1) return toFull;
    } else {
      if (bLen > length) {
        // `from` is a prefix of `to`: either a whole directory of it or
        // the drive root ('C:\\').
        if (b.charCodeAt(bStart + i) === BACKSLASH) return toFull.slice(bStart + i + 1);
        if (i === 2) return toFull.slice(bStart + i);
      }
      if (aLen > length) {
        if (a.charCodeAt(aStart + i) === BACKSLASH) lastSep = i;
        else if (i === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0;
    }
    let out = '';
    for (let k = aStart + lastSep + 1; k <= aEnd; k++) {
      if (k === aEnd || a.charCodeAt(k) === BACKSLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }
    let rest = bStart + lastSep;
    if (out.length > 0) return out + toFull.slice(rest, bEnd);
    if (toFull.charCodeAt(rest) === BACKSLASH) rest++;
    return toFull.slice(rest, bEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== QUESTION && code !== DOT) {
          return `\\\\?\\UNC\\${resolved.slice(2)}`;
        }
      }
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const root = rootLength(path);
    if (root.whole && root.end === len && len !== 2 && len !== 3) return path;
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    let i = len - 1;
    while (i >= root.end && isWinSep(path.charCodeAt(i))) i--;
    while (i >= root.end && !isWinSep(path.charCodeAt(i))) i--;
    if (i < root.end) return root.end === 0 ? '.' : path.slice(0, root.end);
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return baseWithSuffix(path, hasDrive(path) ? 2 : 0, isWinSep, suffix);
  },

  extname(path) {
    validateString(path, 'path');
    const [start, end] = lastComponent(path, hasDrive(path) ? 2 : 0, isWinSep);
    if (end === -1) return '';
    return extOf(path.slice(start, end));
  },

  format: formatWith.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const root = rootLength(path);
    if (root.whole || (len === 1 && root.end === 1)) {
      ret.root = ret.dir = path;
      return ret;
    }
    ret.root = path.slice(0, root.end);
    const [start, end] = lastComponent(path, root.end, isWinSep);
    if (end !== -1) fillParsed(ret, path, start, end);
    ret.dir = end !== -1 && start > root.end ? path.slice(0, start - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobWith(true, path, pattern);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// The bounds of a resolved path without its leading backslashes and (for
// UNC roots) its trailing ones.
function trimBackslashes(path) {
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === BACKSLASH) start++;
  let end = path.length;
  while (end - 1 > start && path.charCodeAt(end - 1) === BACKSLASH) end--;
  return [start, end];
}

module.exports = win32;
