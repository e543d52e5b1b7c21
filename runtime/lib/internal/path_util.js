'use strict';

// Helpers shared by the POSIX and Windows halves of the `path` module.

const { validateObject, validateString } = require('internal/validators');

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\\'
const COLON = 58; // ':'
const DOT = 46; // '.'
const QUESTION = 63; // '?'

function isPosixSep(code) {
  return code === SLASH;
}

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

// A drive letter, as in 'C:'.
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) &&
    path.charCodeAt(1) === COLON;
}

// Folds '.' and '..' segments of a root-less path; the separators of the
// result are `sep`. Segments that climb above the start are kept only when
// `keepAboveRoot` is set (relative paths), and dropped for absolute ones.
function foldSegments(path, keepAboveRoot, sep, isSep) {
  const out = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const segment = path.slice(start, i);
    start = i + 1;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (keepAboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(segment);
  }
  return out.join(sep);
}

// Locates the last path component of path[from..], ignoring trailing
// separators. Returns [start, end] with end === -1 when there is none.
function lastComponent(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path.charCodeAt(end - 1))) end--;
  if (end === from) return [from, -1];
  let start = end;
  while (start > from && !isSep(path.charCodeAt(start - 1))) start--;
  return [start, end];
}

// The extension of a single path component, as node computes it: from the
// last dot, unless the dot leads the component or the component is '..'.
function extOf(component) {
  if (component === '..') return '';
  const dot = component.lastIndexOf('.');
  if (dot <= 0) return '';
  return component.slice(dot);
}

function baseWithSuffix(path, from, isSep, suffix) {
  // Indexed rather than destructured: path must work even when a program
  // deleted the array iterator.
  const bounds = lastComponent(path, from, isSep);
  const start = bounds[0];
  const end = bounds[1];
  const withSuffix = suffix !== undefined && suffix.length > 0 && suffix.length <= path.length;
  if (end === -1) {
    // Quirk kept from node: with a suffix, a path of separators only comes
    // back whole ('///' stays '///').
    return withSuffix && suffix !== path ? path.slice(from) : '';
  }
  const component = path.slice(start, end);
  if (withSuffix) {
    if (suffix === path) return '';
    if (component.endsWith(suffix)) {
      return component === suffix ? component : component.slice(0, -suffix.length);
    }
    // Node compares from the end and, when the component runs out while
    // still matching, returns everything from the component on, trailing
    // separators included.
    if (suffix.endsWith(component)) return path.slice(start);
  }
  return component;
}

function formatExt(ext) {
  if (!ext) return '';
  return ext.charCodeAt(0) === DOT ? ext : `.${ext}`;
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base ||
    `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Fills name/ext/base of a parse() result from path[start..end).
function fillParsed(ret, path, start, end) {
  const base = path.slice(start, end);
  const ext = extOf(base);
  ret.base = base;
  ret.ext = ext;
  ret.name = base.slice(0, base.length - ext.length);
}

let globWarned = false;
function matchesGlobWith(windows, path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  return require('internal/path_glob').matchesGlob(path, pattern, windows);
}

module.exports = {
  SLASH, BACKSLASH, COLON, DOT, QUESTION,
  isPosixSep, isWinSep, isDriveLetter, hasDrive,
  foldSegments, lastComponent, extOf, baseWithSuffix,
  formatWith, fillParsed, matchesGlobWith,
};
