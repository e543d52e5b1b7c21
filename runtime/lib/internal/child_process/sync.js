'use strict';
// spawnSync, execSync and execFileSync over internalBinding('spawn_sync').

const { codes } = require('internal/errors');
const {
  normalizeSpawnArguments,
  sanitizeKillSignal,
  validateTimeout,
  validateMaxBuffer,
  validateArgumentNullCheck,
} = require('internal/child_process/normalize');

// Normalizes and validates as node's child_process.spawnSync, then runs
// the child through require('internal/child_process').spawnSync, looked up
// at each call as node does (its tests replace that function).
function spawnSync(file, args, options) {
  const spawn = normalizeSpawnArguments(file, args, options);
  options = spawn.options;
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const internal = require('internal/child_process');
  const opts = {
    maxBuffer: 1024 * 1024,
    ...options,
    file: spawn.file,
    args: spawn.args,
    cwd: spawn.cwd,
    envPairs: spawn.envPairs,
    detached: spawn.detached,
    uid: spawn.uid,
    gid: spawn.gid,
    windowsHide: spawn.windowsHide,
    windowsVerbatimArguments: spawn.windowsVerbatimArguments,
  };
  opts.killSignal = sanitizeKillSignal(options.killSignal);
  opts.stdio = internal.getValidStdio(options.stdio || 'pipe', true).stdio;
  if (options.input) opts.stdio[0] = { ...opts.stdio[0], input: options.input };
  for (let i = 0; i < opts.stdio.length; i++) {
    const input = opts.stdio[i] && opts.stdio[i].input;
    if (input == null) continue;
    const pipe = opts.stdio[i] = { ...opts.stdio[i] };
    if (ArrayBuffer.isView(input)) {
      pipe.input = input;
    } else if (typeof input === 'string') {
      pipe.input = globalThis.Buffer ? Buffer.from(input, options.encoding) : new TextEncoder().encode(input);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  return internal.spawnSync(opts);
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
  // As node: stderr is captured (it goes into the error's message) and
  // then written to the parent's stderr.
  const ret = spawnSync(file, args, options);
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
  const ret = spawnSync(command, [], options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [], command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = { spawnSync, execSync, execFileSync };
