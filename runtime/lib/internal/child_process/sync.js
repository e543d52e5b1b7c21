'use strict';
// spawnSync, execSync and execFileSync over internalBinding('spawn_sync').

const binding = internalBinding('spawn_sync');
const { codes } = require('internal/errors');
const {
  normalizeSpawnArguments,
  normalizeStdio,
  toSignal,
  sanitizeKillSignal,
  validateTimeout,
  validateMaxBuffer,
  validateArgumentNullCheck,
} = require('internal/child_process/normalize');
const { signalName } = require('internal/process/signals');

function toBuffer(u8) {
  return globalThis.Buffer ? Buffer.from(u8.buffer, u8.byteOffset, u8.length) : u8;
}

function decode(buf, encoding) {
  if (buf === null || !encoding || encoding === 'buffer') return buf;
  if (globalThis.Buffer) return Buffer.from(buf.buffer, buf.byteOffset, buf.length).toString(encoding);
  return new TextDecoder().decode(buf);
}

function spawnSync(file, args, options) {
  const spawn = normalizeSpawnArguments(file, args, options);
  options = spawn.options;
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = sanitizeKillSignal(options.killSignal);
  const maxBuffer = options.maxBuffer == null ? 1024 * 1024 : options.maxBuffer;
  const stdio = normalizeStdio(options.stdio, 'pipe').map((s, i) => {
    if (s.type !== 'pipe') return s;
    if (i === 0) {
      let input = options.input;
      if (typeof input === 'string') input = globalThis.Buffer ? Buffer.from(input, options.encoding || 'utf8') : new TextEncoder().encode(input);
      else if (input !== undefined && input !== null && !ArrayBuffer.isView(input)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
      }
      return { type: 'pipe', writable: true, input: input || undefined };
    }
    return { type: 'pipe', readable: true };
  });
  const result = binding.spawn({
    file: spawn.file,
    args: spawn.args,
    cwd: spawn.cwd,
    envPairs: spawn.envPairs,
    detached: spawn.detached,
    uid: spawn.uid,
    gid: spawn.gid,
    windowsHide: spawn.windowsHide,
    stdio,
    timeout: options.timeout || 0,
    maxBuffer: maxBuffer === Infinity ? 0 : maxBuffer,
    killSignal: killSignal === undefined ? toSignal(undefined) : killSignal,
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
    const syscall = `spawnSync ${spawn.file}`;
    const err = internalBinding('uv').uvException(result.error, syscall);
    // node's spawn errors read "spawnSync ls ENOENT": no uv message text.
    err.message = `${syscall} ${err.code}`;
    err.path = spawn.file;
    err.spawnargs = spawn.args.slice(1);
    ret.error = err;
  }
  return ret;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, { ...options, stdio: options.stdio || ['pipe', 'pipe', 'inherit'] });
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(args || [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

function normalizeExecArgs(file, args, options) {
  if (!Array.isArray(args) && args !== undefined && args !== null && typeof args === 'object') {
    options = args;
    args = [];
  }
  return { file, args: args || [], options: { ...(options || {}) } };
}

function execSync(command, options) {
  if (typeof command !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('command', 'string', command);
  validateArgumentNullCheck(command, 'command');
  options = { ...(options || {}), shell: options && typeof options.shell === 'string' ? options.shell : true };
  const inheritStderr = !options.stdio;
  const ret = spawnSync(command, [], { ...options, stdio: options.stdio || ['pipe', 'pipe', 'inherit'] });
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [], command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = { spawnSync, execSync, execFileSync };
