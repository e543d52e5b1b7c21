'use strict';
// The module node's own tests reach with --expose-internals as
// require('internal/child_process'): the ChildProcess class, the low-level
// spawnSync(options) that takes fully normalized options, and
// getValidStdio(). child_process.js looks spawnSync up on this module's
// exports at every call, so a test that replaces it (or patches
// ChildProcess.prototype) sees each call with the options node would pass.

const { ChildProcess } = require('internal/child_process/child_process');
const { codes } = require('internal/errors');
const { toSignal } = require('internal/child_process/normalize');
const { signalName } = require('internal/process/signals');

function toBuffer(u8) {
  return globalThis.Buffer ? Buffer.from(u8.buffer, u8.byteOffset, u8.length) : u8;
}

function decode(buf, encoding) {
  if (buf === null || !encoding || encoding === 'buffer') return buf;
  if (globalThis.Buffer) return Buffer.from(buf.buffer, buf.byteOffset, buf.length).toString(encoding);
  return new TextDecoder().decode(buf);
}

// Runs a child to completion on a private loop. `options` is what the public
// spawnSync built: file, args (argv[0] first), envPairs, cwd, stdio as
// getValidStdio(..., true) shaped it (pipes may carry `input`), killSignal
// as a number or undefined (SIGTERM), timeout and maxBuffer.
function spawnSync(options) {
  const binding = internalBinding('spawn_sync');
  const stdio = options.stdio.map((s) => {
    if (s.type === 'pipe' || s.type === 'overlapped') {
      return s.readable ? { type: 'pipe', writable: true, input: s.input || undefined } : { type: 'pipe', readable: true };
    }
    if (s.type === 'inherit') return { type: 'fd', fd: s.fd };
    return s;
  });
  const maxBuffer = options.maxBuffer == null ? 1024 * 1024 : options.maxBuffer;
  const result = binding.spawn({
    file: options.file,
    args: options.args,
    cwd: options.cwd,
    envPairs: options.envPairs,
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
    windowsHide: options.windowsHide,
    stdio,
    timeout: options.timeout || 0,
    maxBuffer: maxBuffer === Infinity ? 0 : maxBuffer,
    killSignal: options.killSignal === undefined ? toSignal(undefined) : options.killSignal,
  });
  const output = result.output.map((b) => (b === null ? null : decode(toBuffer(b), options.encoding)));
  const ret = {
    pid: result.pid || 0,
    output,
    stdout: output[1] === undefined ? null : output[1],
    stderr: output[2] === undefined ? null : output[2],
    status: result.status === undefined ? null : result.status,
    signal: result.signal === undefined ? null : signalName(result.signal),
  };
  if (result.error !== undefined) {
    const syscall = `spawnSync ${options.file}`;
    const err = internalBinding('uv').uvException(result.error, syscall);
    // node's spawn errors read "spawnSync ls ENOENT": no uv message text.
    err.message = `${syscall} ${err.code}`;
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    ret.error = err;
  }
  return ret;
}

function isHandleWrap(handle) {
  return handle !== null && typeof handle === 'object' && typeof handle.close === 'function' &&
    (typeof handle.readStart === 'function' || typeof handle.getsockname === 'function' || typeof handle.send === 'function');
}

// stdio as node's getValidStdio() shapes it: at least three slots, each
// { type: 'pipe' | 'overlapped' | 'ignore' | 'inherit' | 'fd' | 'wrap' };
// asynchronous pipes get their Pipe handle here, synchronous ones may carry
// input. Also the IPC pipe, if one was asked for, and its index.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    if (stdio !== 'ignore' && stdio !== 'pipe' && stdio !== 'inherit' && stdio !== 'overlapped') {
      throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  // Node pads the caller's own array, which tests observe.
  while (stdio.length < 3) stdio.push(undefined);
  const out = [];
  // Pipes made for earlier slots are closed when a later slot is rejected.
  const cleanup = () => {
    for (const s of out) if (s.type === 'pipe' && s.handle) s.handle.close();
  };
  const { Pipe, constants: pipeConstants } = internalBinding('pipe_wrap');
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      const slot = { type: s === 'overlapped' ? 'overlapped' : 'pipe', readable: i === 0, writable: i !== 0 };
      if (!sync) slot.handle = new Pipe(pipeConstants.SOCKET);
      out.push(slot);
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        throw sync ? new codes.ERR_IPC_SYNC_FORK() : new codes.ERR_IPC_ONE_PIPE();
      }
      ipc = new Pipe(pipeConstants.IPC);
      ipcFd = i;
      out.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (s === 'inherit') {
      out.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || typeof s.fd === 'number') {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (isHandleWrap(s) || isHandleWrap(s.handle) || isHandleWrap(s._handle)) {
      const handle = isHandleWrap(s) ? s : isHandleWrap(s.handle) ? s.handle : s._handle;
      out.push({ type: 'wrap', handle, _stdio: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        cleanup();
        throw new codes.ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(s));
      }
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: s });
    } else {
      cleanup();
      throw new codes.ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: out, ipc, ipcFd };
}

module.exports = { ChildProcess, spawnSync, getValidStdio };
