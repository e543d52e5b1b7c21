'use strict';
// Runs what the command line asked for: a script (CommonJS or ESM), or -e/-p.

const path = require('path');
const processBinding = internalBinding('process');
const { getOptionValues } = require('internal/options');

let mainIsModule = false;

// NODE_V8_COVERAGE: the inspector side started precise coverage before any
// user code; here it learns where to write (as an absolute path, which
// children inherit through the environment) and how to add the source maps
// the program loaded.
function setupCoverage() {
  const dir = process.env.NODE_V8_COVERAGE;
  if (!dir) return;
  const absolute = path.resolve(dir);
  process.env.NODE_V8_COVERAGE = absolute;
  const profiler = internalBinding('profiler');
  profiler.setCoverageDirectory(absolute);
  profiler.setSourceMapCacheGetter(() => require('internal/source_map/source_map_cache').sourceMapCacheToObject());
}

// -r / --require MODULE, in the order given: loaded before the main module
// (and before -e code), resolved from the current directory as if required
// by a module there.
function preloadModules() {
  const requests = getOptionValues(process.execArgv, '-r', '--require');
  if (requests.length === 0) return;
  const { Module } = require('internal/modules/cjs');
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const request of requests) Module._load(request, parent, false);
}

// --heapsnapshot-signal=SIGNAL: a snapshot in the cwd each time it comes.
function setupHeapSnapshotSignal() {
  const signal = getOptionValues(process.execArgv, '--heapsnapshot-signal').pop();
  if (signal === undefined) return;
  process.on(signal, () => require('v8').writeHeapSnapshot());
}

function runMain() {
  setupCoverage();
  setupHeapSnapshotSignal();
  if (process.execArgv.includes('--enable-source-maps')) {
    require('internal/source_map/source_map_cache').setSourceMapsEnabled(true);
  }
  const info = processBinding.info();
  if (info.execArgv.includes('-c') || info.execArgv.includes('--check')) return checkSyntax(info);
  if (info.mode === 'script') process.argv = [info.execPath, path.resolve(process.cwd(), info.script), ...info.args];
  // The supervisor of --watch runs no user code (not even -r modules).
  if (info.mode === 'script' && process.env.WATCH_REPORT_DEPENDENCIES === undefined &&
      process.execArgv.includes('--watch')) {
    require('internal/watch_mode').run();
    return;
  }
  preloadModules();
  if (info.mode === 'script') {
    const filename = path.resolve(process.cwd(), info.script);
    process.argv = [info.execPath, filename, ...info.args];
    const { Module } = require('internal/modules/cjs');
    let resolved;
    try {
      resolved = Module._resolveFilename(filename, null, true);
    } catch (err) {
      if (err.code === 'MODULE_NOT_FOUND') err.requireStack = [];
      throw err;
    }
    if (isModuleFile(resolved)) {
      mainIsModule = true;
      return require('internal/modules/esm').runMain(resolved);
    }
    Module._load(filename, null, true);
    return;
  }
  process.argv = [info.execPath, ...info.args];
  runEval(info.evalSource, info.mode === 'print', info.evalName || '[eval]');
}

// -c/--check: the script (or the program read from stdin) is compiled, as
// a CommonJS module or an ES module as it would run, and nothing runs. A
// syntax error is thrown from here and reported as any uncaught error.
function checkSyntax(info) {
  const binding = internalBinding('modules');
  let source;
  let filename;
  let asModule;
  if (info.mode === 'script') {
    const { Module } = require('internal/modules/cjs');
    filename = Module._resolveFilename(path.resolve(process.cwd(), info.script), null, true);
    source = binding.readFile(filename);
    asModule = isModuleFile(filename);
  } else {
    source = info.evalSource;
    filename = info.evalName;
    asModule = info.execArgv.includes('--input-type=module');
  }
  if (asModule) {
    const { pathToFileURL } = require('internal/url');
    binding.esmCompile(source, info.mode === 'script' ? pathToFileURL(filename).href : filename);
    return;
  }
  if (source.charCodeAt(0) === 0x23 && source.charCodeAt(1) === 0x21) source = '//' + source.slice(2);
  binding.compileFunction(source, filename);
}

// .mjs, or .js (or no extension) inside a "type": "module" package scope.
function isModuleFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  const ext = path.extname(filename);
  if (ext !== '.js' && ext !== '') return false;
  return require('internal/modules/package_json').packageType(path.dirname(filename)) === 'module';
}

// -e/-p code, or a program read from stdin (named [stdin]).
function runEval(source, print, evalName) {
  const { Module, makeRequireFunction } = require('internal/modules/cjs');
  const filename = path.join(process.cwd(), evalName);
  const module = new Module(evalName);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(process.cwd());
  const evalRequire = makeRequireFunction(module);
  // -e code sees require, module, exports, __filename and __dirname as
  // globals, like node's.
  for (const [name, value] of [['module', module], ['exports', module.exports], ['require', evalRequire],
                               ['__filename', evalName], ['__dirname', '.']]) {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  }
  // Only -e/-p code gets the builtin modules as globals; a program read
  // from stdin does not, as in node.
  if (evalName === '[eval]') addBuiltinLibsToGlobal(evalRequire, Module.builtinModules);
  const result = processBinding.callMain(internalBinding('modules').runScript, undefined, source, evalName);
  if (print) {
    const { log } = globalThis.console;
    log(result);
  }
}

// In -e/-p code every builtin module is a global of its name (fs, vm, ...),
// loaded on first use; assigning the name replaces it, as in node.
function addBuiltinLibsToGlobal(evalRequire, names) {
  for (const name of names) {
    if (name.startsWith('_') || name.includes('/') || name.startsWith('node:') ||
        Object.prototype.hasOwnProperty.call(globalThis, name)) {
      continue;
    }
    Object.defineProperty(globalThis, name, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        const lib = evalRequire(name);
        Object.defineProperty(globalThis, name, {
          __proto__: null, value: lib, writable: true, configurable: true, enumerable: false,
        });
        return lib;
      },
      set(value) {
        delete globalThis[name];
        globalThis[name] = value;
      },
    });
  }
}

// True while an ES main module's top-level await has not settled.
function isMainPending() {
  return mainIsModule && require('internal/modules/esm').isMainPending();
}

module.exports = { runMain, isMainPending };
