'use strict';
// Runs once per Environment before any user code: builds `process` and the
// globals, then hands C++ the functions it calls from the loop
// (module.exports below). Keep it lean: it is on every start-up's path.

const EventEmitter = require('events');

// `process` is created by C++ and passed to every library module; here it
// becomes an EventEmitter with node's surface. As in node its prototype
// belongs to a constructor named `process` and it is tagged '[object
// process]', which code (assert's deep equality) tells it apart by.
{
  const ProcessConstructor = function process() {};
  Object.setPrototypeOf(ProcessConstructor.prototype, EventEmitter.prototype);
  Object.setPrototypeOf(process, ProcessConstructor.prototype);
  Object.defineProperty(process, Symbol.toStringTag, {
    __proto__: null, value: 'process', writable: true, enumerable: false, configurable: false,
  });
}
EventEmitter.call(process);
require('internal/process/object').setup(process);
// Node's monkey-patchable fatal exception entry (internal/process/execution).
process._fatalException = require('internal/process/execution').fatalException;

// Node 20 provides Symbol.dispose/asyncDispose ahead of V8 10.2, as the
// registered symbols Symbol.for('nodejs.dispose') and ('nodejs.asyncDispose').
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, { value: Symbol.for(`nodejs.${name}`), writable: false, enumerable: false, configurable: false });
  }
}

const taskQueues = require('internal/process/task_queues');
const timers = require('internal/timers');

// V8's own console reports to the inspector (Runtime.consoleAPICalled); ours
// writes to stdout/stderr. Every call goes to both, as in node.
const v8Console = globalThis.console;

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}
function defineLazyGlobal(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      defineGlobal(name, value, enumerable);
      return value;
    },
    set(value) {
      defineGlobal(name, value, enumerable);
    },
  });
}

defineGlobal('global', globalThis, true);
Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', writable: false, enumerable: false, configurable: true });
// process and Buffer stay accessors even after a script assigns them, as in
// node (code checks the property descriptor).
function defineAccessorGlobal(name, load) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(newValue) {
      value = newValue;
      loaded = true;
    },
  });
}
defineAccessorGlobal('process', () => process);
defineAccessorGlobal('Buffer', () => require('buffer').Buffer);
// The default 'warning' printer is the first listener, so it has written
// the warning before listeners a script adds run.
if (!process.execArgv.includes('--no-warnings')) {
  process.on('warning', require('internal/process/warning').printWarning);
}
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
// The global console is installed right before the main module runs, not
// here: when the inspector registers the context it reads `console` to add
// V8's own methods, and our console would be loaded for nothing.
function installConsole() {
  defineLazyGlobal('console', () => require('internal/console/global').create(v8Console));
}
// Modules another part of the library provides; loaded on first use so that
// start-up only pays for what a script touches.
const lazyGlobals = require('internal/bootstrap_globals');
for (const [name, id, key, enumerable] of lazyGlobals.list) {
  defineLazyGlobal(name, () => require(id)[key], enumerable);
}

// URL and URLSearchParams are plain data properties, as node's descriptors
// show; loading them costs little.
{
  const url = require('internal/url');
  defineGlobal('URL', url.URL);
  defineGlobal('URLSearchParams', url.URLSearchParams);
}

// A child started by fork() talks to its parent over NODE_CHANNEL_FD.
if (process.env.NODE_CHANNEL_FD !== undefined) {
  require('internal/child_process/ipc').setupChildChannel();
}

module.exports = {
  runMain: () => {
    installConsole();
    return require('internal/main').runMain();
  },
  processTicksAndRejections: taskQueues.processTicksAndRejections,
  promiseRejectHandler: taskQueues.promiseRejectHandler,
  onUncaughtException: (err, fromPromise, source, file, line, column) =>
    require('internal/process/execution').onUncaughtException(err, fromPromise, source, file, line, column),
  emitBeforeExit: () => require('internal/process/execution').emitBeforeExit(),
  emitExit: () => require('internal/process/execution').emitExit(),
  importModuleDynamically: (specifier, referrer, type) =>
    require('internal/modules/esm').importModuleDynamically(specifier, referrer, type),
  initializeImportMeta: (meta, url) => require('internal/modules/esm').initializeImportMeta(meta, url),
  // inspector.console: V8's console, which reports to the inspector only.
  consoleFromVM: () => v8Console,
};
