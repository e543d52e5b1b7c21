'use strict';
// Argument handling shared by every child_process function, with node's
// validation messages: (file, args, options) -> what the bindings take.

const path = require('path');
const { codes } = require('internal/errors');
const { signalNumber } = require('internal/process/signals');

function validateArgs(file, args, options) {
  if (typeof file !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('file', 'string', file);
  if (file.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  return { file, args, options };
}

function toSignal(sig, name = 'options.killSignal') {
  if (sig === undefined) return signalNumber('SIGTERM');
  if (typeof sig === 'number') return sig;
  if (typeof sig === 'string') {
    const n = signalNumber(sig.toUpperCase());
    if (n === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
    return n;
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'number'], sig);
}

function normalizeSpawnArguments(fileArg, argsArg, optionsArg) {
  let { file, args, options } = validateArgs(fileArg, argsArg, optionsArg);
  if (options.cwd != null) {
    let cwd = options.cwd;
    if (typeof cwd === 'object' && cwd.href) cwd = require('internal/modules/esm').fileURLToPath(cwd.href);
    if (typeof cwd !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'URL'], options.cwd);
    options = { ...options, cwd };
  }
  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);
  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    if (env[key] !== undefined) envPairs.push(`${key}=${env[key]}`);
  }
  return {
    file,
    args,
    // Relative to the Environment's cwd, not the OS process's.
    cwd: path.resolve(process.cwd(), options.cwd || '.'),
    envPairs,
    detached: !!options.detached,
    uid: options.uid,
    gid: options.gid,
    windowsHide: !!options.windowsHide,
    options,
  };
}

// 'pipe' | 'inherit' | 'ignore' | array -> [{type, fd}], at least 3 slots.
function normalizeStdio(stdio, defaultType = 'pipe') {
  if (stdio === undefined || stdio === null) stdio = defaultType;
  if (typeof stdio === 'string') {
    if (!['pipe', 'inherit', 'ignore', 'overlapped'].includes(stdio)) {
      throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  const out = [];
  for (let i = 0; i < Math.max(3, stdio.length); i++) {
    let s = stdio[i];
    if (s === undefined || s === null) s = i < 3 ? defaultType : 'ignore';
    if (s === 'overlapped') s = 'pipe';
    if (s === 'pipe') out.push({ type: 'pipe' });
    else if (s === 'ignore') out.push({ type: 'ignore' });
    else if (s === 'inherit') out.push({ type: 'fd', fd: i });
    else if (s === 'ipc') out.push({ type: 'ipc' });
    else if (typeof s === 'number') out.push({ type: 'fd', fd: s });
    else if (typeof s === 'object' && typeof s.fd === 'number') out.push({ type: 'fd', fd: s.fd });
    else if (typeof s === 'object' && s._handle) out.push({ type: 'wrap', handle: s._handle, stream: s });
    else throw new codes.ERR_INVALID_ARG_VALUE('stdio', s);
  }
  return out;
}

module.exports = { normalizeSpawnArguments, normalizeStdio, toSignal };
