'use strict';
// child_process: spawn/exec/execFile over libuv's uv_spawn, and the *Sync
// forms on a private loop. fork() needs the IPC channel, which comes next.

const { ChildProcess } = require('internal/child_process/child_process');
const {
  normalizeSpawnArguments,
  toSignal,
  sanitizeKillSignal,
  validateTimeout,
  validateMaxBuffer,
  validateArgumentNullCheck,
  validateArgumentsNullCheck,
} = require('internal/child_process/normalize');
const { validateAbortSignal, validateObject, validateFunction, validateString, validateArray } = require('internal/validators');
const { spawnSync, execSync, execFileSync } = require('internal/child_process/sync');
const { codes } = require('internal/errors');

function spawn(file, args, options) {
  const spawnOptions = normalizeSpawnArguments(file, args, options);
  options = spawnOptions.options;
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn({
    file: spawnOptions.file,
    args: spawnOptions.args,
    cwd: spawnOptions.cwd,
    envPairs: spawnOptions.envPairs,
    detached: spawnOptions.detached,
    uid: spawnOptions.uid,
    gid: spawnOptions.gid,
    windowsHide: spawnOptions.windowsHide,
    stdio: options.stdio,
  });
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) clearTimeout(timer);
      timer = null;
    });
  }
  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => {
      try {
        if (child.kill(killSignal)) {
          const { AbortError } = require('internal/errors');
          child.emit('error', new AbortError(undefined, { cause: signal.reason }));
        }
      } catch (err) {
        child.emit('error', err);
      }
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null) options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function execFile(fileArg, argsArg, optionsArg, callbackArg) {
  const { file, args, options: rawOptions, callback } = normalizeExecFileArgs(fileArg, argsArg, optionsArg, callbackArg);
  const options = { encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', ...rawOptions };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const child = spawn(file, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
  const encoding = options.encoding && options.encoding !== 'buffer' && globalThis.Buffer && Buffer.isEncoding(options.encoding)
    ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let ex = null;
  const cmd = [file, ...args].join(' ');

  function finish(code, signal) {
    if (exited) return;
    exited = true;
    if (!callback) return;
    // A caller may setEncoding() on child.stdout, so chunks can be strings.
    const join = (chunks, stream) => {
      if (encoding || (stream && stream.readableEncoding)) return chunks.join('');
      return Buffer.concat(chunks);
    };
    const stdout = join(stdoutChunks, child.stdout);
    const stderr = join(stderrChunks, child.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? internalBinding('uv').errname(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }
  // As node: the pipes are closed first, so 'close' (and the callback) does
  // not wait for grandchildren that hold them, and what was read is kept.
  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killed = true;
    try {
      child.kill(toSignal(options.killSignal));
    } catch (e) {
      ex = e;
      finish();
    }
  }
  // Like node, limits count bytes even when the stream decodes to strings,
  // and the chunk that crosses the limit is cut to fit.
  function collect(chunks, which) {
    const stream = child[which];
    return (chunk) => {
      const enc = stream.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      const total = which === 'stdout' ? (stdoutLen += length) : (stderrLen += length);
      if (total > options.maxBuffer) {
        const keep = Math.max(0, options.maxBuffer - (total - length));
        chunks.push(chunk.slice(0, keep));
        ex = new codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
        kill();
      } else {
        chunks.push(chunk);
      }
    };
  }
  if (options.timeout > 0) {
    const timer = setTimeout(kill, options.timeout);
    child.once('exit', () => clearTimeout(timer));
  }
  if (child.stdout) {
    if (encoding) child.stdout.setEncoding(encoding);
    child.stdout.on('data', collect(stdoutChunks, 'stdout'));
  }
  if (child.stderr) {
    if (encoding) child.stderr.setEncoding(encoding);
    child.stderr.on('data', collect(stderrChunks, 'stderr'));
  }
  child.addListener('close', finish);
  child.addListener('error', (err) => {
    ex = err;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    finish(err.errno, null);
  });
  return child;
}

function exec(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return execFile(command, [], options, callback);
}

function fork(modulePath, args, options) {
  const { getValidatedPath } = require('internal/fs/utils');
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');
  const execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  let stdio = options.stdio;
  if (typeof stdio === 'string') stdio = [stdio, stdio, stdio, 'ipc'];
  else if (!Array.isArray(stdio)) stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  else if (!stdio.includes('ipc')) throw new codes.ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  return spawn(options.execPath, [...execArgv, modulePath, ...args], { ...options, stdio });
}

const customPromisify = Symbol.for('nodejs.util.promisify.custom');
function promisifiedExec(kind) {
  // The callback's promise exists before the call, so that argument errors
  // still throw synchronously as in node instead of rejecting.
  return function (...args) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = kind(...args, (err, stdout, stderr) => {
      if (err) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}
Object.defineProperty(exec, customPromisify, { value: promisifiedExec(exec), enumerable: false });
Object.defineProperty(execFile, customPromisify, { value: promisifiedExec(execFile), enumerable: false });

module.exports = { ChildProcess, spawn, spawnSync, exec, execSync, execFile, execFileSync, fork, _forkChild() {} };
