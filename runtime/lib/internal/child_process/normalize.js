'use strict';
// Argument handling shared by every child_process function, with node's
// validation messages: (file, args, options) -> what the bindings take.

const path = require('path');
const { codes } = require('internal/errors');
const { signalNumber, signalName } = require('internal/process/signals');
const { validateString, validateObject, validateBoolean, isInt32 } = require('internal/validators');

// Strings handed to execve() cannot hold NUL bytes: node rejects them
// up front instead of silently truncating.
function validateArgumentNullCheck(arg, name) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw new codes.ERR_INVALID_ARG_VALUE(name, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, name) {
  for (let i = 0; i < args.length; i++) validateArgumentNullCheck(args[i], `${name}[${i}]`);
}

function validateArgs(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
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
  validateArgumentsNullCheck(args, 'args');
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  return { file, args, options };
}

function toSignal(sig, name = 'options.killSignal') {
  if (sig === undefined) return signalNumber('SIGTERM');
  // Numbers must name a real signal too, as node's convertToValidSignal().
  if (typeof sig === 'number') {
    if (signalName(sig) === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
    return sig;
  }
  if (typeof sig === 'string') {
    const n = signalNumber(sig.toUpperCase());
    if (n === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
    return n;
  }
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'number'], sig);
}

// The killSignal option as node checks it before anything is spawned.
function sanitizeKillSignal(sig) {
  if (typeof sig === 'string' || typeof sig === 'number') return toSignal(sig);
  if (sig != null) throw new codes.ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], sig);
  return undefined;
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new codes.ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new codes.ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function normalizeSpawnArguments(fileArg, argsArg, optionsArg) {
  let { file, args, options } = validateArgs(fileArg, argsArg, optionsArg);
  if (options.cwd != null) {
    const { getValidatedPath } = require('internal/fs/utils');
    let cwd = getValidatedPath(options.cwd, 'options.cwd');
    if (typeof cwd !== 'string') cwd = require('buffer').Buffer.from(cwd).toString();
    options = { ...options, cwd };
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) throw new codes.ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  if (options.gid != null && !isInt32(options.gid)) throw new codes.ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }
  let windowsVerbatimArguments = !!options.windowsVerbatimArguments;
  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    // The shell depends on the platform node believes it runs on, which
    // node's tests fake by redefining process.platform.
    if (process.platform === 'win32') {
      file = typeof options.shell === 'string' ? options.shell : process.env.comspec || 'cmd.exe';
      if (/^(?:.*\\)?cmd(?:\.exe)?$/i.test(file)) {
        args = ['/d', '/s', '/c', `"${command}"`];
        windowsVerbatimArguments = true;
      } else {
        args = ['-c', command];
      }
    } else {
      if (typeof options.shell === 'string') file = options.shell;
      else file = process.platform === 'android' ? '/system/bin/sh' : '/bin/sh';
      args = ['-c', command];
    }
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);
  let env = options.env || process.env;
  // Coverage follows into children even when the caller passes an env
  // without it (an own NODE_V8_COVERAGE, even empty, still wins), as node.
  if (process.env.NODE_V8_COVERAGE && options.env &&
      !Object.prototype.hasOwnProperty.call(options.env, 'NODE_V8_COVERAGE')) {
    env = { __proto__: options.env, NODE_V8_COVERAGE: process.env.NODE_V8_COVERAGE };
  }
  const envPairs = [];
  // Inherited keys count too, as in node (for...in, not Object.keys).
  for (const key in env) {
    const value = env[key];
    if (value !== undefined) {
      validateArgumentNullCheck(key, `options.env['${key}']`);
      validateArgumentNullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
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
    windowsVerbatimArguments,
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

module.exports = {
  normalizeSpawnArguments,
  normalizeStdio,
  toSignal,
  sanitizeKillSignal,
  validateTimeout,
  validateMaxBuffer,
  validateArgumentNullCheck,
  validateArgumentsNullCheck,
};
