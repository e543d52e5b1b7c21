'use strict';
// fs.watch (FSWatcher over uv_fs_event) and fs.watchFile (StatWatcher over
// uv_fs_poll), on the handles of runtime/src/fs_watch.cc.

const EventEmitter = require('events');
const {
  binding, getValidatedPath, getStatsFromBinding, getOptions, pathModule, encodeNames, pathToString, assertEncoding,
} = require('internal/fs/utils');
const { uvException, AbortError } = require('internal/errors');
const {
  validateFunction, validateBoolean, validateAbortSignal, validateUint32, validateObject,
} = require('internal/validators');

function watchError(errno, path) {
  const error = uvException({ errno, syscall: 'watch', path });
  error.filename = path;
  return error;
}

class FSWatcher extends EventEmitter {
  #encoding = 'utf8';

  constructor() {
    super();
    this._handle = new binding.FSEvent();
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) {
          this._handle.close();
          this._handle = null;
        }
        this.emit('error', watchError(status, filename));
        return;
      }
      if (filename !== null && this.#encoding !== 'utf8') filename = encodeNames([filename], this.#encoding)[0];
      this.emit('change', eventType, filename);
    };
  }

  // Starts watching; throws node's error (syscall 'watch') when the path
  // cannot be watched.
  start(filename, persistent, recursive, encoding) {
    if (this._handle === null) return;
    filename = getValidatedPath(filename, 'filename');
    this.#encoding = encoding || 'utf8';
    const err = this._handle.start(filename, persistent, recursive);
    if (err) {
      this._handle.close();
      this._handle = null;
      throw watchError(err, filename);
    }
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

// As node 20 on Linux: a recursive watch stats its root first (so a missing
// root is a 'stat' ENOENT error), and a file is watched as without the option.
function isDirectoryForRecursiveWatch(filename) {
  const path = pathModule.resolve(pathToString(getValidatedPath(filename, 'filename')));
  try {
    return require('fs').statSync(path).isDirectory();
  } catch (error) {
    if (error.code === 'ENOENT') error.filename = path;
    throw error;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') [options, listener] = [undefined, options];
  options = { ...getOptions(options, {}) };
  options.persistent ??= true;
  options.recursive ??= false;
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  let watcher;
  if (options.recursive && isDirectoryForRecursiveWatch(filename)) {
    // inotify watches one directory: the tree gets one watcher per directory.
    const { FSWatcher: RecursiveWatcher } = require('internal/fs/recursive_watch');
    watcher = new RecursiveWatcher();
    watcher.start(filename, options.persistent, options.encoding);
  } else {
    watcher = new FSWatcher();
    watcher.start(filename, options.persistent, false, options.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      options.signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => options.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

const kOldStatus = Symbol('kOldStatus');

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this.bigint = Boolean(bigint);
    this[kOldStatus] = -1;
  }

  start(filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new binding.StatWatcher(this.bigint);
    this._handle.onchange = (status, curr, prev) => {
      // node's filter: an error that repeats with the same link count is
      // not news.
      if (this[kOldStatus] === -1 && status === -1 && curr[2] === prev[2]) return;
      this[kOldStatus] = status;
      this.emit('change', getStatsFromBinding(curr), getStatsFromBinding(prev));
    };
    if (!persistent) this._handle.unref();
    validateUint32(interval, 'interval');
    const err = this._handle.start(filename, interval);
    if (err) {
      this._handle.close();
      this._handle = null;
      throw watchError(err, filename);
    }
  }

  stop() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

// One StatWatcher per absolute path, shared by every listener, as node does.
const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(pathToString(getValidatedPath(filename)));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(pathToString(getValidatedPath(filename)));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// fs/promises' watch: an async generator of { eventType, filename }; its
// argument errors surface as rejections of the first next(), as in node.
async function* watchPromise(filename, options = {}) {
  filename = getValidatedPath(filename, 'filename');
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  assertEncoding(encoding);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const watcher = watch(filename, { persistent, recursive, encoding });
  const pending = [];
  let wake = null;
  let failure = null;
  watcher.on('change', (eventType, name) => {
    pending.push({ eventType, filename: name });
    wake?.();
  });
  watcher.on('error', (err) => {
    failure = err;
    wake?.();
  });
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal.reason });
    wake?.();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      while (pending.length > 0) yield pending.shift();
      if (failure) throw failure;
      await new Promise((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    watcher.close();
    signal?.removeEventListener('abort', onAbort);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchFile, unwatchFile, watchPromise, watchError };
