'use strict';
// The ES module loader: resolves specifiers as node's ESM resolver does
// (no extension guessing for relative URLs, "exports" with the "import"
// condition, node: builtins), links V8 module records kept by C++
// (runtime/src/modules.cc), and wraps CommonJS modules and builtins in
// synthetic modules with a default export plus the names node detects.

const path = require('path');
const binding = internalBinding('modules');
const { readPackage, packageType, resolveExports } = require('internal/modules/package_json');
const { detectCjsExports } = require('internal/modules/cjs_lexer');

const importConditions = ['import', 'node'];
const records = new Map(); // url -> { id, url, linked }
let mainPromise;

// The url module's conversions, as strings (the loader keys modules by URL).
function pathToFileURL(filepath) {
  return require('internal/url').pathToFileURL(filepath).href;
}

function fileURLToPath(url) {
  return require('internal/url').fileURLToPath(url);
}

function moduleNotFound(what, base) {
  const err = new Error(`Cannot find ${what} imported from ${base}`);
  err.code = 'ERR_MODULE_NOT_FOUND';
  Object.defineProperty(err, 'name', { value: 'Error', enumerable: false, configurable: true, writable: true });
  err.stack = `Error [ERR_MODULE_NOT_FOUND]: ${err.message}` + err.stack.slice(err.stack.indexOf('\n    at'));
  return err;
}

function checkFile(filename, specifier, parentPath) {
  const kind = binding.stat(filename);
  if (kind === 1) {
    const err = new Error(`Directory import '${filename}' is not supported resolving ES modules imported from ${parentPath}`);
    err.code = 'ERR_UNSUPPORTED_DIR_IMPORT';
    throw err;
  }
  if (kind !== 0) throw moduleNotFound(`module '${filename}'`, parentPath);
  try {
    return binding.realpath(filename);
  } catch {
    return filename;
  }
}

function resolvePackage(specifier, parentPath) {
  const match = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(specifier);
  if (!match) {
    const err = new TypeError(`Invalid module "${specifier}" is not a valid package name imported from ${parentPath}`);
    err.code = 'ERR_INVALID_MODULE_SPECIFIER';
    throw err;
  }
  const [, name, sub = ''] = match;
  let dir = path.dirname(parentPath);
  for (;;) {
    const pkgDir = (dir === '/' ? '' : dir) + '/node_modules/' + name;
    if (binding.stat(pkgDir) === 1) {
      const pkg = readPackage(pkgDir);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        const target = resolveExports(pkg.exports, '.' + sub, importConditions);
        if (!target) {
          const { codes } = require('internal/errors');
          throw new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', '.' + sub, parentPath);
        }
        return checkFile(path.resolve(pkgDir, target), specifier, parentPath);
      }
      if (sub === '') {
        // No "exports": "main" with the CommonJS rules, then index.js.
        const { Module } = require('internal/modules/cjs');
        const found = Module._findPath(pkgDir, []);
        if (found) return found;
        throw moduleNotFound(`package '${pkgDir}'`, parentPath);
      }
      return checkFile(pkgDir + sub, specifier, parentPath);
    }
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  throw moduleNotFound(`package '${name}'`, parentPath);
}

// Resolves a specifier against a parent URL; returns a URL string.
function resolve(specifier, parentURL) {
  const { isBuiltin } = require('internal/modules/cjs');
  if (specifier.startsWith('node:') || isBuiltin(specifier)) {
    if (!isBuiltin(specifier)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    }
    return specifier.startsWith('node:') ? specifier : 'node:' + specifier;
  }
  const parentPath = parentURL.startsWith('file://') ? fileURLToPath(parentURL) : path.resolve(process.cwd(), '[eval]');
  if (specifier.startsWith('file://')) {
    return pathToFileURL(checkFile(fileURLToPath(specifier), specifier, parentPath));
  }
  if (specifier.startsWith('/') || specifier.startsWith('./') || specifier.startsWith('../') ||
      specifier === '.' || specifier === '..') {
    const clean = decodeURIComponent(specifier.replace(/[?#].*$/, ''));
    const filename = path.resolve(path.dirname(parentPath), clean);
    return pathToFileURL(checkFile(filename, specifier, parentPath));
  }
  if (specifier.startsWith('data:')) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNSUPPORTED_ESM_URL_SCHEME({ protocol: 'data:' });
  }
  return pathToFileURL(resolvePackage(specifier, parentPath));
}

function formatOf(url) {
  if (url.startsWith('node:')) return 'builtin';
  const filename = fileURLToPath(url);
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (filename.endsWith('.json')) return 'json';
  if (filename.endsWith('.js')) return packageType(path.dirname(filename));
  return packageType(path.dirname(filename)) === 'module' ? 'unknown' : 'commonjs';
}

function syntheticModule(url, names, evaluate) {
  const unique = ['default', ...new Set(names.filter((n) => n !== 'default'))];
  const id = binding.esmSynthetic(url, unique, () => {
    const values = evaluate();
    for (const name of unique) binding.esmSetExport(id, name, values[name]);
  });
  return id;
}

function checkImportType(url, format, type) {
  if (type !== undefined && type !== 'json') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  }
  if (format === 'json' && type !== 'json') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_IMPORT_ASSERTION_TYPE_MISSING(url, 'json');
  }
  if (format !== 'json' && type === 'json') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
  }
}

function load(url, type) {
  const format = formatOf(url);
  checkImportType(url, format, type);
  let record = records.get(url);
  if (record) return record;
  record = { url, id: -1, linked: false };
  records.set(url, record);
  if (format === 'builtin') {
    const exports = require(url.slice(5));
    const names = Object.keys(exports);
    record.id = syntheticModule(url, names, () => ({ ...exports, default: exports }));
    record.linked = true;
  } else if (format === 'commonjs') {
    const filename = fileURLToPath(url);
    const { Module } = require('internal/modules/cjs');
    const source = binding.readFile(filename) || '';
    const names = detectCjsExports(source, filename);
    record.id = syntheticModule(url, names, () => {
      const exports = Module._load(filename, null, false);
      const values = { default: exports };
      if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
        for (const name of names) values[name] = exports[name];
      }
      return values;
    });
    record.linked = true;
  } else if (format === 'json') {
    const filename = fileURLToPath(url);
    const text = binding.readFile(filename);
    if (text === undefined) throw moduleNotFound(`module '${filename}'`, filename);
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      err.message = `${filename}: ${err.message}`;
      throw err;
    }
    record.id = syntheticModule(url, [], () => ({ default: value }));
    record.linked = true;
  } else if (format === 'module') {
    const filename = fileURLToPath(url);
    const source = binding.readFile(filename);
    if (source === undefined) throw moduleNotFound(`module '${filename}'`, filename);
    if (process.env.WATCH_REPORT_DEPENDENCIES !== undefined) {
      require('internal/watch_mode').reportModule('watch:import', `${url}`);
    }
    const [id, specifiers, types] = binding.esmCompile(source, url);
    require('internal/modules/cjs').maybeCacheSourceMap(url, source);
    record.id = id;
    const ids = [];
    for (let i = 0; i < specifiers.length; i++) ids.push(load(resolve(specifiers[i], url), types[i]).id);
    binding.esmLink(id, specifiers, ids);
    record.linked = true;
  } else {
    const err = new TypeError(`Unknown file extension "${path.extname(fileURLToPath(url))}" for ${fileURLToPath(url)}`);
    err.code = 'ERR_UNKNOWN_FILE_EXTENSION';
    throw err;
  }
  return record;
}

function runMain(filename) {
  const url = pathToFileURL(filename);
  const record = load(url);
  binding.esmInstantiate(record.id);
  mainPromise = internalBinding('process').callMain(binding.esmEvaluate, undefined, record.id);
  if (mainPromise && typeof mainPromise.then === 'function') {
    mainPromise.then(undefined, (err) => internalBinding('process').triggerUncaughtException(err, true));
  }
  return mainPromise;
}

// True while the main module's top-level await has not settled.
function isMainPending() {
  if (!mainPromise) return false;
  const state = internalBinding('util').getPromiseState(mainPromise);
  return state !== undefined && state[0] === 0;
}

function referrerURL(referrer) {
  if (typeof referrer === 'string') {
    if (referrer.startsWith('file://')) return referrer;
    if (referrer.startsWith('/')) return pathToFileURL(referrer);
  }
  return pathToFileURL(path.resolve(process.cwd(), '[eval]'));
}

async function importModuleDynamically(specifier, referrer, type) {
  const url = resolve(String(specifier), referrerURL(referrer));
  const record = load(url, type);
  binding.esmInstantiate(record.id);
  const status = binding.esmStatus(record.id);
  if (status[0] === 5) throw status[1];
  await binding.esmEvaluate(record.id);
  return binding.esmNamespace(record.id);
}

function initializeImportMeta(meta, url) {
  meta.url = url;
  if (url.startsWith('file://')) {
    const filename = fileURLToPath(url);
    meta.filename = filename;
    meta.dirname = path.dirname(filename);
  }
  meta.resolve = (specifier) => resolve(String(specifier), url);
}

module.exports = {
  runMain,
  isMainPending,
  importModuleDynamically,
  initializeImportMeta,
  resolve,
  pathToFileURL,
  fileURLToPath,
  formatOf,
};
