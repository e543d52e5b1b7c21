'use strict';
// process.stdout and process.stderr. Writes are synchronous, as node's are
// for files and pipes on Linux, and go through the Environment's stdio sink
// (the daemon captures them per session).

const Writable = require('internal/streams/writable');
const binding = internalBinding('process');

// A real stream.Writable whose _write() writes the whole chunk before it
// returns: Writable calls _write() synchronously when nothing is queued, so
// output keeps program order and interleaves correctly with console.log.
class StdioWriter extends Writable {
  constructor(fd) {
    // Strings stay strings so UTF-8 text reaches the sink without a Buffer
    // round trip; the sink never closes the descriptor, so there is nothing
    // to tear down when the stream ends.
    super({ decodeStrings: false, highWaterMark: 16384 });
    this.fd = fd;
    this._type = binding.guessHandleType(fd);
    // Like node, isTTY exists only on terminals.
    if (this._type === 'TTY') this.isTTY = true;
    this._isStdio = true;
    // Node's stdout and stderr are a SyncWriteStream (files) or a write-only
    // net.Socket (pipes), both with readable false; a tty.WriteStream
    // reports readable true.
    this.readable = this._type === 'TTY';
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

  _write(chunk, encoding, callback) {
    if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
      chunk = require('buffer').Buffer.from(chunk, encoding);
    }
    binding.writeStdio(this.fd, chunk);
    callback();
  }

  // Like node's stdio streams, destroying (or ending, which auto-destroys)
  // process.stdout/stderr never closes fd 1 or 2, and the stream comes back
  // usable so later console output still reaches them.
  _destroy(err, callback) {
    callback(err);
    this._undestroy();
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
  // The old API: start reading stdin and hand it back.
  process.openStdin = function openStdin() {
    process.stdin.resume();
    return process.stdin;
  };
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
