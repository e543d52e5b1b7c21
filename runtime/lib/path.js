'use strict';

// The `path` module: POSIX and Windows flavours of the same string
// operations. Only resolve() looks outside its arguments (process.cwd()).

const { validateString } = require('internal/validators');
const {
  SLASH, isPosixSep, foldSegments, lastComponent, extOf, baseWithSuffix,
  formatWith, fillParsed, matchesGlobWith,
} = require('internal/path_util');
const win32 = require('internal/path_win32');

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, i >= 0 ? `paths[${i}]` : 'path');
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = foldSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailing = path.charCodeAt(path.length - 1) === SLASH;
    let out = foldSegments(path, !absolute, '/', isPosixSep);
    if (out.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length === 0) continue;
      joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    const limit = Math.min(fromParts.length, toParts.length);
    while (common < limit && fromParts[common] === toParts[common]) common++;
    const up = new Array(fromParts.length - common).fill('..');
    return up.concat(toParts.slice(common)).join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const rooted = path.charCodeAt(0) === SLASH;
    // Skip trailing slashes, then the last component, then find the slash
    // that precedes it; index 0 is never considered (it is the root).
    let i = path.length - 1;
    while (i >= 1 && path.charCodeAt(i) === SLASH) i--;
    while (i >= 1 && path.charCodeAt(i) !== SLASH) i--;
    if (i < 1) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return baseWithSuffix(path, 0, isPosixSep, suffix);
  },

  extname(path) {
    validateString(path, 'path');
    const bounds = lastComponent(path, 0, isPosixSep);
    const start = bounds[0];
    const end = bounds[1];
    if (end === -1) return '';
    return extOf(path.slice(start, end));
  },

  format: formatWith.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const rooted = path.charCodeAt(0) === SLASH;
    if (rooted) ret.root = '/';
    const from = rooted ? 1 : 0;
    const bounds = lastComponent(path, from, isPosixSep);
    const start = bounds[0];
    const end = bounds[1];
    if (end !== -1) fillParsed(ret, path, start, end);
    if (rooted && start === 1 && ret.base === '..') {
      // Node's quirk: '..' right after the root reads as name '.' plus
      // extension '.' (it is '' for '..' anywhere else).
      ret.ext = '.';
      ret.name = '.';
    }
    if (end !== -1 && start > from) {
      ret.dir = path.slice(0, start - 1);
    } else if (end === -1 && from < path.length) {
      // Only slashes after the root: node reports them as the directory.
      ret.dir = rooted ? '/' : '';
    } else if (rooted) {
      ret.dir = '/';
    }
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobWith(false, path, pattern);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};


posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
// The old name of toNamespacedPath, still used by some packages.
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;
