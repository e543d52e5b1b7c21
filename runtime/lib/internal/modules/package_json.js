'use strict';
// Reads package.json files for both loaders, with a cache, and resolves the
// "exports" field against a list of conditions (node's algorithm).

const { readFile } = internalBinding('modules');
const cache = new Map();

function readPackage(dir) {
  const file = dir + '/package.json';
  if (cache.has(file)) return cache.get(file);
  const text = readFile(file);
  let pkg = null;
  if (text !== undefined) {
    try {
      pkg = JSON.parse(text);
    } catch (e) {
      const err = new Error(`Error parsing ${file}: ${e.message}`);
      err.path = file;
      throw err;
    }
    if (pkg === null || typeof pkg !== 'object') pkg = {};
    pkg.__dir = dir;
  }
  cache.set(file, pkg);
  return pkg;
}

// The package.json that governs `dir` (its "type"), walking up the tree.
function findPackageScope(dir) {
  for (;;) {
    if (dir.endsWith('/node_modules')) return null;
    const pkg = readPackage(dir === '/' ? '' : dir);
    if (pkg) return pkg;
    if (dir === '/' || dir === '') return null;
    const slash = dir.lastIndexOf('/');
    dir = slash <= 0 ? '/' : dir.slice(0, slash);
  }
}

function packageType(filenameDir) {
  const pkg = findPackageScope(filenameDir);
  return pkg && pkg.type === 'module' ? 'module' : 'commonjs';
}

function isConditionalSugar(exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  const keys = Object.keys(exports);
  return keys.length === 0 || keys[0][0] !== '.';
}

function resolveTarget(target, subpath, conditions, patternMatch) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) return null;
    if (patternMatch !== undefined) return target.split('*').join(patternMatch);
    return target + subpath;
  }
  if (Array.isArray(target)) {
    for (const t of target) {
      const r = resolveTarget(t, subpath, conditions, patternMatch);
      if (r) return r;
    }
    return null;
  }
  if (target && typeof target === 'object') {
    for (const key of Object.keys(target)) {
      if (key === 'default' || conditions.includes(key)) {
        const r = resolveTarget(target[key], subpath, conditions, patternMatch);
        if (r !== undefined && r !== null) return r;
      }
    }
    return undefined;
  }
  return null;
}

// Returns the package-relative target ("./lib/x.js") for `subpath` (".",
// "./feature") or null when the package does not export it.
function resolveExports(exports, subpath, conditions) {
  if (isConditionalSugar(exports)) exports = { '.': exports };
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*')) {
    return resolveTarget(exports[subpath], '', conditions) || null;
  }
  let bestKey = '';
  let bestMatch;
  for (const key of Object.keys(exports)) {
    const star = key.indexOf('*');
    if (star !== -1) {
      const prefix = key.slice(0, star);
      const suffix = key.slice(star + 1);
      if (subpath.startsWith(prefix) && subpath !== prefix && subpath.endsWith(suffix) &&
          subpath.length >= key.length && key.length > bestKey.length) {
        bestKey = key;
        bestMatch = subpath.slice(prefix.length, subpath.length - suffix.length);
      }
    } else if (key.endsWith('/') && subpath.startsWith(key) && key.length > bestKey.length) {
      bestKey = key;
      bestMatch = undefined;
    }
  }
  if (!bestKey) return null;
  if (bestMatch !== undefined) return resolveTarget(exports[bestKey], '', conditions, bestMatch) || null;
  return resolveTarget(exports[bestKey], subpath.slice(bestKey.length), conditions) || null;
}

module.exports = { readPackage, findPackageScope, packageType, resolveExports };
