'use strict';
// worker_threads: a Worker runs a script (or code with { eval: true }) in
// another Environment of this process, on its own thread, with its own
// isolate and loop (runtime/src/worker.cc). The two talk through
// worker.postMessage / parentPort.postMessage: structured clones, with
// ArrayBuffers in the transfer list moved and SharedArrayBuffers shared.
// MessagePorts made by a MessageChannel still stay within one thread.
const EventEmitter = require('events');
const path = require('path');
const { codes } = require('internal/errors');
const { validateObject } = require('internal/validators');

const binding = internalBinding('worker');
const info = binding.info();
const isMainThread = info.isMainThread;
const threadId = info.threadId;
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const kHandle = Symbol('kHandle');

function transferListOf(options) {
  if (options === undefined || options === null) return undefined;
  if (Array.isArray(options)) return options;
  if (typeof options === 'object' && Array.isArray(options.transfer)) return options.transfer;
  return undefined;
}

function envPairs(env) {
  const pairs = [];
  for (const key of Object.keys(env)) {
    if (env[key] !== undefined) pairs.push(key, `${env[key]}`);
  }
  return pairs;
}

const kLimitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];

class Worker extends EventEmitter {
  #exited = false;
  #exitCode;
  #resourceLimits;

  // The limits the worker runs under; {} once it has exited.
  get resourceLimits() {
    return this.#exited ? {} : { ...this.#resourceLimits };
  }

  constructor(filename, options = {}) {
    super();
    validateObject(options, 'options');
    let mode = 'script';
    let script;
    if (options.eval) {
      if (typeof filename !== 'string') {
        throw new codes.ERR_INVALID_ARG_VALUE('options.eval', options.eval,
                                              'must be false when \'filename\' is not a string');
      }
      mode = 'eval';
      script = filename;
    } else {
      if (filename !== null && typeof filename === 'object' && filename.href !== undefined) {
        if (filename.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
        filename = require('internal/url').fileURLToPath(filename);
      } else {
        if (typeof filename !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
        if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
          throw new codes.ERR_WORKER_PATH(filename);
        }
      }
      script = path.resolve(filename);
    }
    if (options.argv !== undefined && !Array.isArray(options.argv)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.argv', 'Array', options.argv);
    }
    if (options.execArgv !== undefined && !Array.isArray(options.execArgv)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
    }
    const argv = Array.isArray(options.argv) ? options.argv.map((a) => `${a}`) : [];
    if (mode === 'eval') argv.unshift('[worker eval]');
    const execArgv = Array.isArray(options.execArgv) ? options.execArgv.map((a) => `${a}`) : process.execArgv;
    const env = options.env === undefined || options.env === SHARE_ENV ? process.env : options.env;
    if (env !== null && typeof env !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.env', 'object', env);
    }
    this[kHandle] = new binding.WorkerHandle((kind, value) => this.#onEvent(kind, value));
    this.threadId = this[kHandle].threadId;
    const limits = options.resourceLimits ?? {};
    if (limits === null || typeof limits !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.resourceLimits', 'object', limits);
    }
    this.#resourceLimits = {};
    for (const key of kLimitNames) {
      if (typeof limits[key] === 'number' && limits[key] > 0) this.#resourceLimits[key] = limits[key];
    }
    // What the worker writes to its process.stdout/stderr comes out here,
    // and goes on to this process's unless the caller reads it itself.
    const { Readable } = require('stream');
    this.stdin = null;
    this.stdout = new Readable({ read() {} });
    this.stderr = new Readable({ read() {} });
    // Forwarded by a listener on the worker's side: piping would add
    // listeners to process.stdout per worker (a leak warning past ten).
    if (!options.stdout) this.stdout.on('data', (chunk) => process.stdout.write(chunk));
    if (!options.stderr) this.stderr.on('data', (chunk) => process.stderr.write(chunk));
    this[kHandle].start(mode, script, argv, execArgv, envPairs(env ?? {}), options.workerData,
                        transferListOf(options.transferList),
                        [limits.maxOldGenerationSizeMb, limits.maxYoungGenerationSizeMb, limits.codeRangeSizeMb],
                        this.#resourceLimits);
  }

  #onEvent(kind, value) {
    switch (kind) {
      case 'online':
        this.emit('online');
        break;
      case 'message':
        this.emit('message', value);
        break;
      case 'messageerror':
        this.emit('messageerror', value);
        break;
      case 'error':
        // Without a listener this throws: the parent gets the worker's
        // exception as its own uncaught one, as in node.
        this.emit('error', value);
        break;
      case 'outOfMemory':
        this.emit('error', new codes.ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory'));
        break;
      case 'stdout':
        this.stdout.push(value);
        break;
      case 'stderr':
        this.stderr.push(value);
        break;
      case 'exit':
        this.stdout.push(null);
        this.stderr.push(null);
        this.#exited = true;
        this.#exitCode = value;
        this[kHandle].close();
        this.threadId = -1;
        this.emit('exit', value);
        break;
      default:
        break;
    }
  }

  postMessage(value, transferList) {
    if (this.#exited) return;
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
    this[kHandle].postMessage(value, transferListOf(transferList));
  }

  // Resolves with the exit code once the worker has stopped (undefined when
  // it had already exited).
  terminate(callback) {
    const done = new Promise((resolve) => {
      if (this.#exited) {
        resolve(undefined);
        return;
      }
      this.once('exit', resolve);
      this[kHandle].terminate();
    });
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
                          'DeprecationWarning', 'DEP0132');
      done.then((code) => callback(null, code));
    }
    return done;
  }

  ref() {
    if (!this.#exited) this[kHandle].ref();
  }

  unref() {
    if (!this.#exited) this[kHandle].unref();
  }
}

// In a worker: the parent's end. Messages that come before anyone listens
// wait, as on a MessagePort that has not been started; listening keeps the
// worker alive until the port is closed or unref()'d.
class ParentPort extends EventEmitter {
  #handle;
  #queue = [];
  #closed = false;

  constructor() {
    super();
    this.#handle = new binding.ParentPortHandle((kind, value) => this.#receive(kind, value));
    this.on('newListener', (name) => {
      if (name !== 'message' || this.#closed) return;
      this.#handle.ref();
      if (this.#queue.length > 0) process.nextTick(() => this.#flush());
    });
    this.on('removeListener', (name) => {
      if (name === 'message' && this.listenerCount('message') === 0 && !this.#closed) this.#handle.unref();
    });
  }

  #receive(kind, value) {
    if (kind === 'message' && this.listenerCount('message') === 0) {
      this.#queue.push(value);
      return;
    }
    this.emit(kind, value);
  }

  #flush() {
    while (this.#queue.length > 0 && this.listenerCount('message') > 0) this.emit('message', this.#queue.shift());
  }

  postMessage(value, transferList) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('message');
    binding.postToParent(value, transferListOf(transferList));
  }

  start() {
    this.#flush();
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    this.#handle.close();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (!this.#closed) this.#handle.ref();
  }

  unref() {
    if (!this.#closed) this.#handle.unref();
  }

  // The EventTarget side, as scripts written for browsers use it.
  addEventListener(type, listener) {
    this.on(type, (data) => {
      const event = { type, data, target: this };
      if (typeof listener === 'function') listener.call(this, event);
      else listener.handleEvent(event);
    });
  }

  set onmessage(listener) {
    this.removeAllListeners('message');
    if (typeof listener === 'function') this.addEventListener('message', listener);
  }
}

const environmentData = new Map();

module.exports = {
  isMainThread,
  parentPort: isMainThread ? null : new ParentPort(),
  workerData: isMainThread ? null : info.workerData,
  threadId,
  resourceLimits: isMainThread ? {} : (info.resourceLimits ?? {}),
  SHARE_ENV,
  Worker,
  markAsUntransferable() {},
  moveMessagePortToContext() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('moveMessagePortToContext');
  },
  getEnvironmentData(key) {
    return environmentData.get(key);
  },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
};

// Channels work within one environment (runtime/lib/internal/worker/io.js).
Object.defineProperties(module.exports, {
  BroadcastChannel: { __proto__: null, enumerable: true, get: () => require('internal/worker/io').BroadcastChannel },
  MessageChannel: { __proto__: null, enumerable: true, get: () => require('internal/worker/io').MessageChannel },
  MessagePort: { __proto__: null, enumerable: true, get: () => require('internal/worker/io').MessagePort },
  receiveMessageOnPort: {
    __proto__: null, enumerable: true, get: () => require('internal/worker/io').receiveMessageOnPort,
  },
});
