'use strict';
// fs.ReadStream and fs.WriteStream: streams over a file descriptor, built on
// the `stream` module's Readable and Writable with construct/destroy hooks.
// The descriptor is opened in _construct and closed in _destroy, never while
// a read or write is still on the thread pool (closing a descriptor under a
// pending pread would race with its reuse).

const { Readable, Writable, finished } = require('stream');
const { codes } = require('internal/errors');
const { validateFunction, validateInteger } = require('internal/validators');
const { getOptions, getValidatedPath, getValidatedFd } = require('internal/fs/utils');

const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;
const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

// Options are copied with what they inherit, as node's copyObject does.
function copyOptions(options) {
  const copy = {};
  for (const key in options) copy[key] = options[key];
  return copy;
}

function isFileHandle(value) {
  return typeof value === 'object' && value !== null && typeof value.fd === 'number' &&
    typeof value.close === 'function' && typeof value.read === 'function';
}

// A stream over a FileHandle does its I/O through the handle's methods.
function handleOperations(handle) {
  return {
    open() {
      throw new codes.ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      handle.close().then(() => cb(), cb);
    },
    read(fd, buf, offset, length, position, cb) {
      handle.read(buf, offset, length, position).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, position, cb) {
      handle.write(buf, offset, length, position).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position).then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
  };
}

// options.fd may be a number or a FileHandle from fs/promises.
function adoptFd(stream, options) {
  const fd = options.fd;
  if (isFileHandle(fd)) {
    if (options.fs) throw new codes.ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kFs] = handleOperations(fd);
    // Closing the handle elsewhere ends the stream.
    fd.on?.('close', () => stream.close());
    return fd.fd;
  }
  return getValidatedFd(fd);
}

// Shared setup of both stream kinds: path or fd, flags, mode, start. The
// file system is fs itself or options.fs, used as given (as node does).
function setUp(stream, path, options, defaultFlags) {
  stream[kFs] = options.fs || require('fs');
  if (options.fd == null) {
    stream.fd = null;
    validateFunction(stream[kFs].open, 'options.fs.open');
    stream.path = getValidatedPath(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    stream.fd = adoptFd(stream, options);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (options.autoDestroy) validateFunction(stream[kFs].close, 'options.fs.close');
  stream.start = options.start;
  stream.pos = undefined;
  stream[kIsPerformingIO] = false;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
}

// The deprecated open() of old streams; code that replaces it (old
// graceful-fs) still gets it called, and the stream waits for its 'open'.
const openDeprecated = () => {
  process.emitWarning('ReadStream.prototype.open() is deprecated', 'DeprecationWarning', 'DEP0135');
};

function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (this.open !== openDeprecated && this.open !== openDeprecatedWrite) {
    const emit = this.emit;
    this.emit = function(event, ...args) {
      if (event === 'open') {
        this.emit = emit;
        callback();
        return emit.call(this, event, ...args);
      }
      if (event === 'error') {
        this.emit = emit;
        callback(args[0]);
        return false;
      }
      return emit.call(this, event, ...args);
    };
    this.open();
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

const openDeprecatedWrite = () => {
  process.emitWarning('WriteStream.prototype.open() is deprecated', 'DeprecationWarning', 'DEP0135');
};

function closeFd(stream, err, cb) {
  if (typeof stream.fd !== 'number') {
    cb(err);
  } else {
    stream[kFs].close(stream.fd, (closeErr) => cb(closeErr || err));
    stream.fd = null;
  }
}

function destroy(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioErr) => closeFd(this, err || ioErr, cb));
  } else {
    closeFd(this, err, cb);
  }
}

function allocate(size) {
  return Buffer.allocUnsafeSlow(size);
}

// Function constructors, as node's: fs.ReadStream(path) works without new.
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(getOptions(options, {}));
  options.highWaterMark ??= 64 * 1024;
  setUp(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  this.end = options.end ?? Infinity;
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  this.bytesRead = 0;
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

ReadStream.prototype._construct = construct;
ReadStream.prototype.open = openDeprecated;
ReadStream.prototype._destroy = destroy;

ReadStream.prototype._read = function _read(n) {
  const remaining = this.pos !== undefined ? this.end - this.pos + 1 : this.end - this.bytesRead + 1;
  n = Math.min(remaining, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = allocate(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (err, bytesRead) => {
    this[kIsPerformingIO] = false;
    // A destroy() that waited for this read can close the fd now.
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      // Without autoClose the stream reports the error but stays open.
      require('internal/streams/destroy').errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      // A short read is copied out so the chunk does not pin the big buffer.
      this.push(bytesRead === buf.length ? buf : Buffer.from(buf.subarray(0, bytesRead)));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperties(ReadStream.prototype, {
  pending: {
    get() { return this.fd === null; },
    configurable: true,
  },
  autoClose: {
    get() { return this._readableState.autoDestroy; },
    set(value) { this._readableState.autoDestroy = value; },
    configurable: true,
  },
});

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(getOptions(options, {}));
  options.decodeStrings = true;
  setUp(this, path, options, 'w');
  const fsImpl = this[kFs];
  if (!fsImpl.write && !fsImpl.writev) throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', fsImpl.write);
  if (fsImpl.write) validateFunction(fsImpl.write, 'options.fs.write');
  if (fsImpl.writev) validateFunction(fsImpl.writev, 'options.fs.writev');
  // Either of write/writev is enough; the stream uses what exists.
  if (typeof fsImpl.write !== 'function') this._write = null;
  if (typeof fsImpl.writev !== 'function') this._writev = null;
  this.flush = options.flush === true;
  this.bytesWritten = 0;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

WriteStream.prototype._construct = construct;
WriteStream.prototype.open = openDeprecatedWrite;
WriteStream.prototype._destroy = destroy;

// Runs one write or writev and keeps the stream's counters.
function performWrite(stream, size, start, cb) {
  stream[kIsPerformingIO] = true;
  start((err, bytes) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    if (err) {
      cb(err);
      return;
    }
    stream.bytesWritten += bytes;
    cb();
  });
  if (stream.pos !== undefined) stream.pos += size;
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  performWrite(this, data.length, (done) => this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, done), cb);
};

WriteStream.prototype._writev = function _writev(data, cb) {
  const chunks = data.map((entry) => entry.chunk);
  const size = chunks.reduce((total, chunk) => total + chunk.length, 0);
  performWrite(this, size, (done) => this[kFs].writev(this.fd, chunks, this.pos ?? null, done), cb);
};

WriteStream.prototype._final = function _final(cb) {
  if (!this.flush || typeof this.fd !== 'number') {
    cb();
    return;
  }
  this[kFs].fsync(this.fd, cb);
};

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, end() alone would leave the fd open.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperties(WriteStream.prototype, {
  pending: {
    get() { return this.fd === null; },
    configurable: true,
  },
  autoClose: {
    get() { return this._writableState.autoDestroy; },
    set(value) { this._writableState.autoDestroy = value; },
    configurable: true,
  },
});

module.exports = { ReadStream, WriteStream };
