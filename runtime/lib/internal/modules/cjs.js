'use strict';
// The CommonJS loader: node's Module with its resolution (relative and
// absolute paths, extensions, directories with "main" or index.js,
// node_modules up the tree, package "exports"), require.cache and cycles.

const path = require('path');
const binding = internalBinding('modules');
const { readPackage, packageType, resolveExports } = require('internal/modules/package_json');
const { publicIds, allIds } = internalBinding('builtins');

const builtinSet = new Set(publicIds);
// With --expose-internals (node's flag for its own tests) user code may
// require the library's internal modules too. execArgv is known only once
// the process object is set up, so this is decided on first use.
let internalsChecked = false;
function exposeInternalsIfAsked() {
  internalsChecked = true;
  if (allIds && Array.isArray(process.execArgv) && process.execArgv.includes('--expose-internals')) {
    for (const id of allIds) builtinSet.add(id);
  }
}
const requireConditions = ['require', 'node', 'node-addons'];
const kParent = Symbol('kParent');
// The directories searched after node_modules ones: NODE_PATH, then
// ~/.node_modules, ~/.node_libraries and <prefix>/lib/node (Module._initPaths).
let modulePaths = [];
const statCache = new Map();

function stat(filename) {
  const cached = statCache.get(filename);
  if (cached !== undefined) return cached;
  const result = binding.stat(filename);
  statCache.set(filename, result);
  return result;
}

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (!internalsChecked) exposeInternalsIfAsked();
  if (id.startsWith('node:')) id = id.slice(5);
  return builtinSet.has(id);
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    this[kParent] = parent;
    updateChildren(parent, this, false);
  }

  require(id) {
    const { validateString } = require('internal/validators');
    validateString(id, 'id');
    if (id === '') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    const ext = findExtension(filename);
    const realExt = path.extname(filename);
    if (realExt === '.mjs' || (realExt === '.js' && packageType(path.dirname(filename)) === 'module')) {
      throw requireEsmError(filename, this[kParent]);
    }
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    if (content.charCodeAt(0) === 0x23 && content.charCodeAt(1) === 0x21) content = '//' + content.slice(2);
    const wrapper = binding.compileFunction(content, filename);
    maybeCacheSourceMap(filename, content);
    const dirname = path.dirname(filename);
    const require = makeRequireFunction(this);
    if (this.id === '.' && !Module._mainStarted) {
      Module._mainStarted = true;
      return internalBinding('process').callMain(wrapper, this.exports, this.exports, require, this, filename, dirname);
    }
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname);
  }
}

// Only when source maps or coverage are on is a source looked at (and the
// source map modules loaded); internal/source_map/source_map_cache keeps
// the flag up to date.
let sourceMapsEnabled = false;
// Under `--watch`, the supervisor learns of every module this child loads.
const watchReport = process.env.WATCH_REPORT_DEPENDENCIES !== undefined;
function setSourceMapsFlag(value) {
  sourceMapsEnabled = value;
}

function maybeCacheSourceMap(filename, content) {
  if (sourceMapsEnabled || process.env.NODE_V8_COVERAGE) {
    require('internal/source_map/source_map_cache').maybeCacheSourceMap(filename, content);
  }
}

// module.parent is an accessor on the prototype, as in node, whose use is
// a pending deprecation (DEP0144: warned only with --pending-deprecation).
let parentWarned = false;
function warnParentDeprecated() {
  if (parentWarned || !require('internal/util').pendingDeprecation()) return;
  parentWarned = true;
  process.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
    'require.main to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
}
Object.defineProperty(Module.prototype, 'parent', {
  configurable: true,
  enumerable: false,
  get() {
    warnParentDeprecated();
    return this[kParent];
  },
  set(value) {
    warnParentDeprecated();
    this[kParent] = value;
  },
});

function requireEsmError(filename, parent) {
  const parentPath = parent && parent.filename;
  const err = new Error(
    `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.\n` +
      `Instead change the require of ${parentPath ? path.basename(filename) + ' in ' + parentPath : filename}` +
      ' to a dynamic import() which is available in all CommonJS modules.',
  );
  err.code = 'ERR_REQUIRE_ESM';
  err.name = 'Error';
  Object.defineProperty(err, 'toString', {
    value() {
      return `Error [ERR_REQUIRE_ESM]: ${this.message}`;
    },
    enumerable: false,
    configurable: true,
    writable: true,
  });
  err.stack = `Error [ERR_REQUIRE_ESM]: ${err.message}` + err.stack.slice(err.stack.indexOf('\n    at'));
  return err;
}

function findExtension(filename) {
  const base = path.basename(filename);
  let index = 0;
  while ((index = base.indexOf('.', index + 1)) !== -1) {
    const ext = base.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.builtinModules = publicIds.filter((id) => !id.includes('internal')).sort();
Module.isBuiltin = isBuiltin;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module._mainStarted = false;

Module._extensions['.js'] = function (module, filename) {
  const content = binding.readFile(filename);
  if (content === undefined) throw cannotRead(filename);
  module._compile(content, filename);
};
Module._extensions['.json'] = function (module, filename) {
  const content = binding.readFile(filename);
  if (content === undefined) throw cannotRead(filename);
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};
Module._extensions['.node'] = function (module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: vigil does not load Node-API addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function cannotRead(filename) {
  const uv = internalBinding('uv');
  return uv.uvException(binding.stat(filename) === 1 ? uv.UV_EISDIR : uv.UV_EACCES, 'read', filename);
}

// 1 for a directory, 0 for a file, a negative errno otherwise.
Module._stat = function (filename) {
  return binding.stat(path.resolve(filename));
};

Module._initPaths = function () {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  // process.execPath is <prefix>/bin/vigil.
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  modulePaths = paths;
  // A copy, for introspection: changing it changes nothing.
  Module.globalPaths = modulePaths.slice();
};
Module._initPaths();

Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push((dir || '') + '/node_modules');
  }
  paths[paths.length - 1] = '/node_modules';
  return paths;
};

function tryFile(filename) {
  if (stat(filename) !== 0) return false;
  try {
    return binding.realpath(filename);
  } catch {
    return filename;
  }
}

function tryExtensions(base) {
  // Index loops here and below: resolution must work even when a program
  // has deleted Array.prototype[Symbol.iterator] (node's use primordials).
  const exts = Object.keys(Module._extensions);
  for (let i = 0; i < exts.length; i++) {
    const found = tryFile(base + exts[i]);
    if (found) return found;
  }
  return false;
}

function tryPackage(requestPath, originalRequest) {
  const pkg = readPackage(requestPath);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'));
  const filename = path.resolve(requestPath, main);
  const found = tryFile(filename) || tryExtensions(filename) || tryExtensions(path.resolve(filename, 'index'));
  if (found) return found;
  const index = tryExtensions(path.resolve(requestPath, 'index'));
  if (index) {
    process.emitWarning(`Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    return index;
  }
  const err = new Error(
    `Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`,
  );
  err.code = 'MODULE_NOT_FOUND';
  err.path = path.resolve(requestPath, 'package.json');
  err.requestPath = originalRequest;
  throw err;
}

function resolvePath(base, request) {
  const trailingSlash = request.endsWith('/') || request === '.' || request === '..' || request.endsWith('/.') || request.endsWith('/..');
  if (!trailingSlash) {
    const found = tryFile(base) || tryExtensions(base);
    if (found) return found;
  }
  if (stat(base) === 1) return tryPackage(base, request);
  return false;
}

// A bare specifier "pkg/sub" inside node_modules directory `dir`.
function resolveInNodeModules(dir, request) {
  const match = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (match) {
    const pkgDir = dir + '/' + match[1];
    const pkg = readPackage(pkgDir);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      const subpath = '.' + (match[2] || '');
      const target = resolveExports(pkg.exports, subpath, requireConditions);
      if (!target) {
        const { codes } = require('internal/errors');
        throw new codes.ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDir + '/', subpath);
      }
      const filename = path.resolve(pkgDir, target);
      return tryFile(filename) || false;
    }
  }
  return resolvePath(path.resolve(dir, request), request);
}

Module._findPath = function (request, paths) {
  if (path.isAbsolute(request)) return resolvePath(path.resolve(request), request);
  const cacheKey = request + '\x00' + paths.join('\x00');
  if (Module._pathCache[cacheKey]) return Module._pathCache[cacheKey];
  for (let i = 0; i < paths.length; i++) {
    const dir = paths[i];
    if (stat(dir) !== 1) continue;
    const found = resolveInNodeModules(dir, request);
    if (found) {
      Module._pathCache[cacheKey] = found;
      return found;
    }
  }
  return false;
};

function isRelative(request) {
  return request === '.' || request === '..' || request.startsWith('./') || request.startsWith('../');
}

Module._resolveLookupPaths = function (request, parent) {
  if (isBuiltin(request) && !request.startsWith('node:')) return null;
  if (!isRelative(request)) {
    const paths = parent && parent.paths && parent.paths.length ? parent.paths.slice() : Module._nodeModulePaths(process.cwd());
    return paths.concat(modulePaths);
  }
  return [parent && parent.filename ? path.dirname(parent.filename) : process.cwd()];
};

Module._resolveFilename = function (request, parent, isMain, options) {
  if (request.startsWith('node:')) {
    if (isBuiltin(request)) return request;
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
  }
  if (isBuiltin(request)) return request;
  let paths;
  if (options && options.paths) {
    paths = [];
    for (let i = 0; i < options.paths.length; i++) {
      const p = options.paths[i];
      if (isRelative(request)) paths.push(path.resolve(p));
      else paths = paths.concat(Module._nodeModulePaths(path.resolve(p)));
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  let found = false;
  if (path.isAbsolute(request)) {
    // "/a/b/.." names /a: the path is normalized before it is looked at.
    found = resolvePath(path.resolve(request), request);
  } else if (isRelative(request)) {
    for (let i = 0; i < paths.length; i++) {
      found = resolvePath(path.resolve(paths[i], request), request);
      if (found) break;
    }
  } else {
    found = Module._findPath(request, paths);
  }
  if (found) return found;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor[kParent]) requireStack.push(cursor.filename || cursor.id);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function (request, parent, isMain) {
  if (request.startsWith('node:') || (isBuiltin(request) && !Module._cache[request])) {
    const id = request.startsWith('node:') ? request.slice(5) : request;
    if (!isBuiltin(id)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return require(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
  }
  if (watchReport) require('internal/watch_mode').reportModule('watch:require', filename);
  const module = new Module(filename, parent);
  if (isMain) {
    module.id = '.';
    Module.mainModule = module;
    process.mainModule = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
    // Loaded: its exports stop warning about missing properties.
    const exports = module.exports;
    if (exports && !isProxy(exports) && Object.getPrototypeOf(exports) === circularWarningPrototype) {
      Object.setPrototypeOf(exports, Object.prototype);
    }
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

// A module required again while it is still loading (a require cycle)
// hands out its unfinished exports. As in node, a plain exports object gets
// a prototype that warns when code reads a property it does not have yet,
// the usual symptom of a cycle; transpiled ES modules (__esModule) and
// objects with their own prototype are left alone.
function warnCircular(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}
const circularWarningPrototype = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    // __esModule is how transpiled code probes for ES modules, not a cycle.
    if (prop in target || prop === '__esModule') return target[prop];
    warnCircular(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    warnCircular(prop);
    return undefined;
  },
});

function isProxy(value) {
  return require('internal/util/types').isProxy(value);
}

function exportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && !isProxy(exports) && Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, circularWarningPrototype);
  }
  return exports;
}

function makeRequireFunction(module) {
  const userRequire = function require(id) {
    return module.require(id);
  };
  function resolve(request, options) {
    const { validateString } = require('internal/validators');
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = function paths(request) {
    return Module._resolveLookupPaths(request, module);
  };
  userRequire.resolve = resolve;
  userRequire.main = Module.mainModule;
  userRequire.extensions = Module._extensions;
  userRequire.cache = Module._cache;
  return userRequire;
}

Module.createRequire = function createRequire(filename) {
  let file = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') file = filename.href;
  if (typeof file === 'string' && file.startsWith('file://')) {
    file = require('internal/modules/esm').fileURLToPath(file);
  } else if (typeof file !== 'string' || !path.isAbsolute(file)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = file.endsWith('/');
  const proxyPath = trailingSlash ? path.join(file, 'noop.js') : file;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};
Module.findSourceMap = function findSourceMap(path) {
  return require('internal/source_map/source_map_cache').findSourceMap(path);
};
Object.defineProperty(Module, 'SourceMap', {
  get: () => require('internal/source_map/source_map').SourceMap,
  configurable: true,
  enumerable: true,
});
Module.Module = Module;

module.exports = { Module, makeRequireFunction, isBuiltin, maybeCacheSourceMap, setSourceMapsFlag };
