'use strict';
// process.stdout and process.stderr. Writes are synchronous, as node's are
// for files and pipes on Linux, and go through the Environment's stdio sink
// (the daemon captures them per session).

const EventEmitter = require('events');
const binding = internalBinding('process');

class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = binding.guessHandleType(fd);
    // Like node, isTTY exists only on terminals.
    if (this._type === 'TTY') this.isTTY = true;
    this.writable = true;
    this._isStdio = true;
    this.destroyed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableHighWaterMark = 16384;
    this.writableLength = 0;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.writableNeedDrain = false;
  }

  get columns() {
    const size = this.isTTY ? binding.getWindowSize(this.fd) : undefined;
    return size ? size[0] : undefined;
  }

  get rows() {
    const size = this.isTTY ? binding.getWindowSize(this.fd) : undefined;
    return size ? size[1] : undefined;
  }

  getWindowSize() {
    return binding.getWindowSize(this.fd) || [80, 24];
  }

  hasColors(count = 16) {
    if (!this.isTTY) return false;
    const env = process.env;
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined || env.TERM === 'dumb') return false;
    return count <= 256;
  }

  getColorDepth() {
    return this.hasColors() ? 8 : 1;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && globalThis.Buffer) {
        binding.writeStdio(this.fd, Buffer.from(chunk, encoding));
      } else {
        binding.writeStdio(this.fd, chunk);
      }
    } else if (ArrayBuffer.isView(chunk)) {
      binding.writeStdio(this.fd, chunk);
    } else {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    // Like node's, ending stdout finishes the stream, so pipeline() and
    // finished() see it complete; then, as node's stdio "destroy" does, it
    // becomes writable again (the descriptor stays open) and emits 'close'.
    if (!this.writableEnded) {
      this.writableEnded = true;
      process.nextTick(() => {
        this.writableFinished = true;
        this.emit('finish');
        this.writableEnded = false;
        this.writableFinished = false;
        process.nextTick(() => this.emit('close'));
      });
    }
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() {
    return this;
  }
  destroy() {
    return this;
  }
  _destroy(err, cb) {
    cb(err);
  }
}

function install(process) {
  let stdout;
  let stderr;
  let stdin;
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    enumerable: false,
    get() {
      return (stdin ??= require('internal/process/stdin').createStdin());
    },
  });
  Object.defineProperty(process, 'stdout', {
    configurable: true,
    enumerable: false,
    get() {
      return (stdout ??= new StdioWriter(1));
    },
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true,
    enumerable: false,
    get() {
      return (stderr ??= new StdioWriter(2));
    },
  });
}

module.exports = { install, StdioWriter };
