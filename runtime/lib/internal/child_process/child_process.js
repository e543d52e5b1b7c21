'use strict';
// ChildProcess: a Process handle (internalBinding('process_wrap')) with its
// stdio streams, and node's 'spawn'/'error'/'exit'/'close' ordering.

const EventEmitter = require('events');
const { Process } = internalBinding('process_wrap');
const { Pipe, constants: pipeConstants } = internalBinding('pipe_wrap');
const { codes } = require('internal/errors');
const { normalizeStdio, toSignal } = require('internal/child_process/normalize');
const { signalName } = require('internal/process/signals');

const uv = internalBinding('uv');
const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');
// Spawn failures node reports through 'error' on the next tick rather than
// by throwing.
const asyncSpawnErrors = new Set([uv.UV_EACCES, uv.UV_EAGAIN, uv.UV_EMFILE, uv.UV_ENFILE, uv.UV_ENOENT]);

function spawnError(err, file, args) {
  const syscall = `spawn ${file}`;
  const e = uv.uvException(err, syscall);
  e.message = `${syscall} ${e.code}`;
  e.path = file;
  e.spawnargs = args.slice(1);
  return e;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this.spawnargs = [];
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [];
    this._handle = new Process();
    this._handle.onexit = (exitCode, signalCode) => this._onexit(exitCode, signalCode);
  }

  spawn(options) {
    const { validateObject, validateString, validateArray } = require('internal/validators');
    validateObject(options, 'options');
    const stdio = normalizeStdio(options.stdio || 'pipe', 'pipe');
    // As node: with an IPC channel, envPairs is checked (to carry the
    // channel's fd) before anything else.
    if (stdio.some((s) => s.type === 'ipc') && options.envPairs !== undefined) {
      validateArray(options.envPairs, 'options.envPairs');
    }
    validateString(options.file, 'options.file');
    if (options.args === undefined) options = { ...options, args: [] };
    else validateArray(options.args, 'options.args');
    if (options.envPairs === undefined) options = { ...options, envPairs: [] };
    else validateArray(options.envPairs, 'options.envPairs');
    let ipc = null;
    let ipcIndex = -1;
    const slots = [];
    for (const slot of stdio.map((s, index) => {
      if (s.type === 'pipe') return { type: 'pipe', handle: new Pipe(pipeConstants.SOCKET) };
      if (s.type === 'ipc') {
        if (ipc) throw new codes.ERR_IPC_ONE_PIPE();
        ipc = new Pipe(pipeConstants.IPC);
        ipcIndex = index;
        return { type: 'pipe', handle: ipc };
      }
      return s;
    })) slots.push(slot);
    if (ipc) {
      options = { ...options, envPairs: [...options.envPairs, `NODE_CHANNEL_FD=${ipcIndex}`, 'NODE_CHANNEL_SERIALIZATION_MODE=json'] };
    }
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const err = this._handle.spawn({ ...options, stdio: slots });
    if (err !== 0 && !asyncSpawnErrors.has(err)) {
      for (const s of slots) if (s.type === 'pipe') s.handle.close();
      this._handle.close();
      this._handle = null;
      throw spawnError(err, options.file, options.args);
    }
    if (err !== 0) {
      for (const s of slots) if (s.type === 'pipe') s.handle.close();
      process.nextTick(() => this._onexit(err, 0));
      // Like node, the stdio streams still exist (callers attach listeners
      // right after spawn()), but they carry nothing and do not delay
      // 'close'.
      const { Readable, Writable } = require('stream');
      this.stdio = slots.map((s, i) => {
        if (s.type !== 'pipe' || s.handle === ipc) return null;
        if (i === 0) return new Writable({ write(chunk, encoding, cb) { cb(); } });
        return new Readable({ read() { this.push(null); } });
      });
      [this.stdin = null, this.stdout = null, this.stderr = null] = this.stdio;
      return err;
    }
    this.pid = this._handle.pid;
    // A stream handed to this child as its stdio now belongs to the child:
    // the parent stops reading it and never resumes it on exit.
    for (const s of slots) {
      if (s.type !== 'wrap' || !s.stream) continue;
      const stream = s.stream;
      if (stream._handle && typeof stream._handle.readStop === 'function') stream._handle.readStop();
      if ('_reading' in stream) stream._reading = false;
      if (typeof stream.pause === 'function') stream.pause();
      if (stream._readableState) {
        stream._readableState.flowing = false;
        stream._readableState.reading = false;
      }
      stream[kIsUsedAsStdio] = true;
    }
    this.stdio = slots.map((s, i) => {
      if (s.type !== 'pipe' || s.handle === ipc) return null;
      const { PipeSocket } = require('internal/child_process/pipe_socket');
      const stream = new PipeSocket(s.handle, { readable: i !== 0, writable: i === 0 });
      if (i > 0) {
        this._closesNeeded++;
        stream.on('close', () => this._maybeClose());
      }
      return stream;
    });
    [this.stdin = null, this.stdout = null, this.stderr = null] = this.stdio;
    if (ipc) {
      require('internal/child_process/ipc').setupChannel(this, ipc, { refWhileListening: false });
      this._closesNeeded++;
      this.once('disconnect', () => this._maybeClose());
    }
    process.nextTick(() => this.emit('spawn'));
    return err;
  }

  _onexit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalName(signalCode) || signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (this._handle) this._handle.close();
    this._handle = null;
    if (exitCode < 0) {
      const err = spawnError(exitCode, this.spawnfile, this.spawnargs);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // Streams that never saw EOF (the child's children may hold them) still
    // end with the child, on the next tick as in node.
    process.nextTick(() => {
      for (const stream of this.stdio) {
        if (stream && stream.readable && !stream.readableFlowing && !stream.destroyed && !stream[kIsUsedAsStdio]) {
          stream.resume();
        }
      }
    });
    this._maybeClose();
  }

  _maybeClose() {
    this._closesGot++;
    if (this._closesGot === this._closesNeeded) this.emit('close', this.exitCode, this.signalCode);
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : toSignal(sig, 'sig');
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      // A child that is already gone is not an error; a bad signal throws,
      // anything else is reported as node does, as an errno-style error.
      const { errnoException } = require('internal/errors');
      if (err === uv.UV_EINVAL || err === uv.UV_ENOSYS) throw errnoException(err, 'kill');
      if (err !== uv.UV_ESRCH) this.emit('error', errnoException(err, 'kill'));
    }
    return false;
  }

  // `using child = spawn(...)` (node 20): a child still running is killed.
  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }
}

module.exports = { ChildProcess };
