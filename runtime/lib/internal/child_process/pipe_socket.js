'use strict';
// A stream over a libuv pipe handle (internalBinding('pipe_wrap').Pipe): the
// stdin/stdout/stderr of child processes. Reading starts when the consumer
// asks (_read) and stops under backpressure; writes complete from the loop.

const { Duplex } = require('stream');

function uvError(status, syscall) {
  return internalBinding('uv').uvException(status, syscall);
}

class PipeSocket extends Duplex {
  constructor(handle, { readable = true, writable = true } = {}) {
    super({ allowHalfOpen: true, readable, writable, emitClose: true, autoDestroy: true });
    this._handle = handle;
    this._reading = false;
    this.connecting = false;
    handle.onread = (nread, chunk) => this._onread(nread, chunk);
    if (!readable) {
      this.push(null);
      this.readable = false;
    }
    if (!writable) {
      this.writable = false;
      this.end();
    }
  }

  _onread(nread, chunk) {
    if (nread > 0) {
      const buf = globalThis.Buffer ? Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length) : chunk;
      if (!this.push(buf) && this._handle) {
        this._reading = false;
        this._handle.readStop();
      }
      return;
    }
    // End of stream (UV_EOF) or an error.
    this._reading = false;
    if (this._handle) this._handle.readStop();
    if (nread === internalBinding('uv').UV_EOF) this.push(null);
    else this.destroy(uvError(nread, 'read'));
  }

  _read() {
    if (this._reading || !this._handle) return;
    this._reading = true;
    const err = this._handle.readStart();
    if (err) this.destroy(uvError(err, 'read'));
  }

  _write(chunk, encoding, callback) {
    if (!this._handle) {
      callback(uvError(internalBinding('uv').UV_EBADF, 'write'));
      return;
    }
    const req = {
      oncomplete: (status) => callback(status < 0 ? uvError(status, 'write') : null),
    };
    const err = typeof chunk === 'string'
      ? this._handle.writeUtf8String(req, chunk)
      : this._handle.writeBuffer(req, chunk);
    if (err) callback(uvError(err, 'write'));
  }

  _final(callback) {
    if (!this._handle) {
      callback();
      return;
    }
    const req = { oncomplete: () => callback() };
    const err = this._handle.shutdown(req);
    if (err) callback();
  }

  _destroy(err, callback) {
    const handle = this._handle;
    this._handle = null;
    if (!handle) {
      callback(err);
      return;
    }
    handle.close(() => callback(err));
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }
}

module.exports = { PipeSocket };
