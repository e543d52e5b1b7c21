'use strict';
// fs.Dir and opendir: a directory read in batches through a libuv
// directory handle (runtime/src/fs_extra.cc). Operations on one Dir run one
// at a time: async ones queue, a sync one during an async one is an error,
// as in node.

const { binding, getOptions, getValidatedPath, pathToString, Dirent, encodeNames } = require('internal/fs/utils');
const { codes } = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');

const { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS } = codes;

const kHandle = Symbol('kDirHandle');
const kPath = Symbol('kDirPath');
const kBuffered = Symbol('kDirBufferedEntries');
const kClosed = Symbol('kDirClosed');
const kQueue = Symbol('kDirOperationQueue');
const kOptions = Symbol('kDirOptions');

function request(cb) {
  return { oncomplete: cb };
}

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kHandle] = handle;
    this[kPath] = path;
    this[kBuffered] = [];
    this[kClosed] = false;
    this[kQueue] = null;
    this[kOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this[kPath];
  }

  #dirent(name, type) {
    return new Dirent(encodeNames([name], this[kOptions].encoding)[0], type, this[kPath]);
  }

  // Moves a batch from the binding into the buffer.
  #buffer(result) {
    if (result === null) return false;
    const [names, types] = result;
    for (let i = 0; i < names.length; i++) this[kBuffered].push(this.#dirent(names[i], types[i]));
    return true;
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.read((err, dirent) => (err ? reject(err) : resolve(dirent))));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.read(callback));
      return;
    }
    if (this[kBuffered].length > 0) {
      const dirent = this[kBuffered].shift();
      process.nextTick(callback, null, dirent);
      return;
    }
    this[kQueue] = [];
    binding.dirRead(this[kHandle], request((err, result) => {
      const queue = this[kQueue];
      this[kQueue] = null;
      try {
        if (err) callback(err);
        else callback(null, this.#buffer(result) ? this[kBuffered].shift() : null);
      } finally {
        for (const op of queue) op();
      }
    }));
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kBuffered].length > 0) return this[kBuffered].shift();
    return this.#buffer(binding.dirRead(this[kHandle])) ? this[kBuffered].shift() : null;
  }

  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    binding.dirClose(this[kHandle], request((err) => callback(err || null)));
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    binding.dirClose(this[kHandle]);
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function opendir(path, options, callback) {
  if (typeof options === 'function') [options, callback] = [undefined, options];
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, request((err, handle) => {
    if (err) return callback(err);
    callback(null, new Dir(handle, pathToString(path), options));
  }));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  return new Dir(binding.opendir(path), pathToString(path), options);
}

function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  return new Promise((resolve, reject) => {
    binding.opendir(path, request((err, handle) => (err ? reject(err) : resolve(new Dir(handle, pathToString(path), options)))));
  });
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
