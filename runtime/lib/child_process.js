'use strict';
// child_process: spawn/exec/execFile over libuv's uv_spawn, and the *Sync
// forms on a private loop. fork() needs the IPC channel, which comes next.

const { ChildProcess } = require('internal/child_process/child_process');
const { normalizeSpawnArguments, toSignal } = require('internal/child_process/normalize');
const { spawnSync, execSync, execFileSync } = require('internal/child_process/sync');
const { codes } = require('internal/errors');

function spawn(file, args, options) {
  const spawnOptions = normalizeSpawnArguments(file, args, options);
  options = spawnOptions.options;
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
        child.kill(options.killSignal || 'SIGTERM');
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
      if (child.kill(options.killSignal || 'SIGTERM')) {
        const { AbortError } = require('internal/errors');
        child.emit('error', new AbortError(undefined, { cause: signal.reason }));
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
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = {};
  } else if (!Array.isArray(args) && args !== null && typeof args === 'object') {
    callback = options;
    options = args;
    args = [];
  } else if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  if (args == null) args = [];
  if (options == null) options = {};
  if (callback !== undefined && typeof callback !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  return { file, args, options, callback };
}

function execFile(fileArg, argsArg, optionsArg, callbackArg) {
  const { file, args, options: rawOptions, callback } = normalizeExecFileArgs(fileArg, argsArg, optionsArg, callbackArg);
  const options = { encoding: 'utf8', timeout: 0, maxBuffer: 1024 * 1024, killSignal: 'SIGTERM', ...rawOptions };
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
    const join = (chunks) => {
      const buf = Buffer.concat(chunks);
      return encoding ? buf.toString(encoding) : buf;
    };
    const stdout = join(stdoutChunks);
    const stderr = join(stderrChunks);
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
  function kill() {
    killed = true;
    try {
      child.kill(toSignal(options.killSignal));
    } catch (e) {
      ex = e;
      finish();
    }
  }
  function collect(chunks, which) {
    return (chunk) => {
      const len = which === 'stdout' ? (stdoutLen += chunk.length) : (stderrLen += chunk.length);
      if (len > options.maxBuffer) {
        const over = chunk.length - (len - options.maxBuffer);
        chunks.push(chunk.slice(0, Math.max(0, over)));
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
  if (child.stdout) child.stdout.on('data', collect(stdoutChunks, 'stdout'));
  if (child.stderr) child.stderr.on('data', collect(stderrChunks, 'stderr'));
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
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  return execFile(command, [], { ...options, shell: typeof options?.shell === 'string' ? options.shell : true }, callback);
}

function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string' && !(modulePath && modulePath.href)) {
    throw new codes.ERR_INVALID_ARG_TYPE('modulePath', ['string', 'URL'], modulePath);
  }
  if (modulePath.href) modulePath = require('internal/modules/esm').fileURLToPath(modulePath.href);
  if (args == null) args = [];
  else if (!Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = { ...(options || {}) };
  const execArgv = options.execArgv || process.execArgv;
  let stdio = options.stdio;
  if (stdio === undefined) stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  else if (typeof stdio === 'string') stdio = [stdio, stdio, stdio, 'ipc'];
  else if (!stdio.includes('ipc')) throw new codes.ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  return spawn(options.execPath || process.execPath, [...execArgv, modulePath, ...args], { ...options, stdio, shell: false });
}

const customPromisify = Symbol.for('nodejs.util.promisify.custom');
function promisifiedExec(kind) {
  return function (...args) {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = kind(...args, (err, stdout, stderr) => {
        if (err) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}
Object.defineProperty(exec, customPromisify, { value: promisifiedExec(exec), enumerable: false });
Object.defineProperty(execFile, customPromisify, { value: promisifiedExec(execFile), enumerable: false });

module.exports = { ChildProcess, spawn, spawnSync, exec, execSync, execFile, execFileSync, fork, _forkChild() {} };
