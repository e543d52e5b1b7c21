'use strict';

// node's error system: the ERR_* classes in `codes`, system errors built from
// libuv error numbers, and the helpers the rest of the library uses to throw
// errors that look exactly like node's (same name, code, message and stack
// header `TypeError [ERR_X]: message`).

const messageTable = require('internal/errors/messages');
const formatters = require('internal/errors/formatters');
const { formatList, addNumericalSeparator, determineSpecificType } = formatters;

const kIsNodeError = Symbol('kIsNodeError');
const kArrowMessage = Symbol('kArrowMessage');
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

const messages = new Map();
const codes = {};
// `codes` gets ~400 lazy accessors (see E below), each turned into a data
// property on first use. On an object with fast properties every such
// reconfiguration rebuilds the map chain of all the properties after it
// (~0.5M instructions each, a third of start-up); in dictionary mode it is a
// hash table update. Deleting a property that is not the last one added is
// what makes V8 switch an object to dictionary mode.
codes.dictionaryMode = true;
codes.dictionaryModeToo = true;
delete codes.dictionaryMode;
delete codes.dictionaryModeToo;

// Errors whose stack some internal caller wants to format itself, e.g. to
// drop internal frames; consulted by prepareStackTraceCallback.
const overrideStackTrace = new WeakMap();

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

// The header line of a stack. A node error names its code in it; an error
// whose `name` was temporarily rewritten to include the code (see
// fixStackHeader) is printed as is.
function stackHeader(error) {
  if (error !== null && typeof error === 'object' && kIsNodeError in error &&
      !Object.prototype.hasOwnProperty.call(error, 'name')) {
    return `${error.name} [${error.code}]: ${error.message}`;
  }
  return Error.prototype.toString.call(error);
}

function defaultPrepareStackTrace(error, trace) {
  const header = stackHeader(error);
  if (trace.length === 0) return header;
  return `${header}\n    at ${trace.join('\n    at ')}`;
}

let internalPrepareStackTrace = defaultPrepareStackTrace;
function setInternalPrepareStackTrace(callback) {
  internalPrepareStackTrace = callback;
}

// Suitable for v8::Isolate::SetPrepareStackTraceCallback: honours a user's
// Error.prepareStackTrace like V8 does, and otherwise formats node-style.
// `format` formats when neither applies (source maps bring their own).
function prepareStackTraceCallback(globalThis, error, trace, format = internalPrepareStackTrace) {
  if (overrideStackTrace.has(error)) {
    const f = overrideStackTrace.get(error);
    overrideStackTrace.delete(error);
    return f(error, trace);
  }
  if (globalThis && typeof globalThis.Error?.prepareStackTrace === 'function') {
    return globalThis.Error.prepareStackTrace(error, trace);
  }
  if (typeof Error.prepareStackTrace === 'function') {
    return Error.prepareStackTrace(error, trace);
  }
  return format(error, trace);
}

function ErrorPrepareStackTrace(error, trace) {
  return internalPrepareStackTrace(error, trace);
}

// V8 formats `stack` lazily, on first read, from the error's name and
// message. To get node's `TypeError [ERR_X]: msg` header whether or not a
// prepareStackTrace callback is installed, the code is put into an own
// `name` for the duration of that first read.
function fixStackHeader(error) {
  // hasOwnProperty, unlike getOwnPropertyDescriptor, does not make V8
  // format the stack early.
  if (!Object.prototype.hasOwnProperty.call(error, 'stack')) return;
  Object.defineProperty(error, 'name', {
    value: `${error.name} [${error.code}]`, configurable: true, writable: true, enumerable: false,
  });
  // eslint-disable-next-line no-unused-expressions
  error.stack;
  delete error.name;
}

// Re-captures the stack of `error` above `fn` (dropping library frames)
// while keeping node's header.
function captureLargerStackTrace(error, fn) {
  if (!Error.stackTraceLimit) return error;
  if (kIsNodeError in error) {
    Object.defineProperty(error, 'name', {
      value: `${error.name} [${error.code}]`, configurable: true, writable: true, enumerable: false,
    });
    Error.captureStackTrace(error, fn);
    // eslint-disable-next-line no-unused-expressions
    error.stack;
    delete error.name;
  } else {
    Error.captureStackTrace(error, fn);
  }
  return error;
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') return Reflect.apply(msg, self, args);
  if (args.length === 0) return msg;
  return lazyInspect().format(msg, ...args);
}

function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    code = key;

    constructor(...args) {
      super();
      Object.defineProperty(this, 'message', {
        value: getMessage(key, args, this), enumerable: false, writable: true, configurable: true,
      });
      fixStackHeader(this);
    }

    // Code that checks `err.constructor` or `err.constructor.name` sees the
    // base class, as with node's errors.
    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  return NodeError;
}

// An error made from a libuv failure inside a higher-level operation:
// `prefix: syscall returned CODE (message) path => dest`, with the raw
// context kept in `info`.
class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    const accessor = (name) => ({
      get() { return context[name]; },
      set(value) { context[name] = value; },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperties(this, {
      [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
      name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { value: message, enumerable: false, writable: true, configurable: true },
      info: { value: context, enumerable: true, configurable: true, writable: false },
      errno: accessor('errno'),
      syscall: accessor('syscall'),
    });
    const pathAccessor = (name) => ({
      get() { return context[name] != null ? context[name].toString() : context[name]; },
      set(value) {
        context[name] = value ? require('buffer').Buffer.from(value.toString()) : undefined;
      },
      enumerable: true,
      configurable: true,
    });
    if (context.path !== undefined) Object.defineProperty(this, 'path', pathAccessor('path'));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', pathAccessor('dest'));
    // The stack header names the code too: 'SystemError [ERR_X]: ...'.
    if (Object.prototype.hasOwnProperty.call(this, 'stack')) {
      this.name = `SystemError [${key}]`;
      // eslint-disable-next-line no-unused-expressions
      this.stack;
      this.name = 'SystemError';
    }
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return lazyInspect().inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

const baseClasses = {
  Error, TypeError, RangeError, SyntaxError, URIError, SystemError,
};

// Registers one code. Extra base classes become variants reachable as
// `codes.ERR_X.RangeError`; `HideStackFramesError` is kept as an alias so
// code written against node 20's internals keeps working.
// The class is made on first use: most codes are never thrown by a given
// script, and building ~400 classes would sit on every start-up.
function E(key, message, Base, ...otherClasses) {
  messages.set(key, message);
  Object.defineProperty(codes, key, {
    configurable: true,
    enumerable: true,
    get() {
      const ErrClass = Base === SystemError ? makeSystemErrorWithCode(key) : makeNodeErrorWithCode(Base, key);
      for (const Other of otherClasses) {
        ErrClass[Other.name] = makeNodeErrorWithCode(Other, key);
        ErrClass[Other.name].HideStackFramesError = ErrClass[Other.name];
      }
      ErrClass.HideStackFramesError = ErrClass;
      Object.defineProperty(codes, key, { value: ErrClass, writable: true, configurable: true, enumerable: true });
      return ErrClass;
    },
    set(value) {
      Object.defineProperty(codes, key, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

for (const [key, message, ...bases] of messageTable) {
  E(key, message, ...bases.map((name) => baseClasses[name]));
}
for (const [key, message, ...bases] of formatters.entries) {
  E(key, message, ...bases.map((name) => baseClasses[name]));
}

// Wraps a validator so that an error it throws points at the caller of the
// wrapper, not at library internals.
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      if (error !== null && typeof error === 'object' && Error.stackTraceLimit) {
        captureLargerStackTrace(error, wrappedFn);
      }
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// --- libuv errors ---------------------------------------------------------

let uvBinding;
let uvErrmap;
const uvUnmappedError = ['UNKNOWN', 'unknown error'];

// Looks up [name, message] for a negative libuv error number. The names and
// texts come from libuv at run time (the native 'uv' binding).
function uvErrmapGet(errno) {
  if (uvBinding === undefined) uvBinding = internalBinding('uv');
  if (uvErrmap === undefined && typeof uvBinding.getErrorMap === 'function') {
    uvErrmap = uvBinding.getErrorMap();
  }
  if (uvErrmap !== undefined) return uvErrmap.get(errno);
  try {
    const name = uvBinding.errname(errno);
    const message = typeof uvBinding.getErrorMessage === 'function' ?
      uvBinding.getErrorMessage(errno) : uvBinding.strerror?.(errno);
    if (name === undefined || name.startsWith('Unknown system error')) return undefined;
    return [name, message];
  } catch {
    return undefined;
  }
}

function getSystemErrorName(errno) {
  const entry = uvErrmapGet(errno);
  return entry ? entry[0] : `Unknown system error ${errno}`;
}

// `ENOENT: no such file or directory, open 'x'` with code, errno, syscall,
// path and dest, built from {errno, syscall, path, dest, message?}.
class UVException extends Error {
  constructor(ctx) {
    const [code, uvmsg] = uvErrmapGet(ctx.errno) || uvUnmappedError;
    let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
    let path;
    let dest;
    if (ctx.path) {
      path = ctx.path.toString();
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = ctx.dest.toString();
      message += ` -> '${dest}'`;
    }
    super(message);
    for (const prop of Object.keys(ctx)) {
      if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
      this[prop] = ctx[prop];
    }
    this.code = code;
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }

  get ['constructor']() {
    return Error;
  }
}

function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  if (address) return ` ${address}`;
  return '';
}

class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const [code, uvmsg] = uvErrmapGet(err) || uvUnmappedError;
    super(`${syscall} ${code}: ${uvmsg}${hostPortDetails(address, port)}`);
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() {
    return Error;
  }
}

class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = getSystemErrorName(err);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }

  get ['constructor']() {
    return Error;
  }
}

class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = getSystemErrorName(err);
    let details = hostPortDetails(address, port);
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() {
    return Error;
  }
}

class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      const name = getSystemErrorName(code);
      // libuv reports "no such host" as EAI_NODATA/EAI_NONAME; node has
      // always called it ENOTFOUND.
      code = name === 'EAI_NODATA' || name === 'EAI_NONAME' ? 'ENOTFOUND' : name;
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }

  get ['constructor']() {
    return Error;
  }
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
  }

  get ['constructor']() {
    return Error;
  }
}

// Function forms, as node 18 exported them. uvException goes through the
// native constructor (runtime/src/errors.cc), the single path by which libuv
// errors become JavaScript errors; the UVException class above is kept for
// code written against node 20's internals.
function uvException(ctx) {
  const uv = internalBinding('uv');
  if (typeof uv.uvException !== 'function') return new UVException(ctx);
  const err = uv.uvException(ctx.errno, ctx.syscall, ctx.path == null ? undefined : `${ctx.path}`,
                             ctx.dest == null ? undefined : `${ctx.dest}`, ctx.message);
  for (const prop of Object.keys(ctx)) {
    if (!(prop in err) && prop !== 'message') err[prop] = ctx[prop];
  }
  return err;
}
const uvExceptionWithHostPort = (err, syscall, address, port) =>
  new UVExceptionWithHostPort(err, syscall, address, port);
const errnoException = (err, syscall, original) => new ErrnoException(err, syscall, original);
const exceptionWithHostPort = (err, syscall, address, port, additional) =>
  new ExceptionWithHostPort(err, syscall, address, port, additional);
const dnsException = (code, syscall, hostname) => new DNSException(code, syscall, hostname);

// --- other helpers --------------------------------------------------------

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(errors, message);
    this.code = errors[0]?.code;
    fixStackHeader(this);
  }

  get [kIsNodeError]() {
    return true;
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// Combines an error raised while handling another one: the outer error
// collects the inner one instead of losing it.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    let err;
    if (isErrorStackTraceLimitWritable()) {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      err = new AggregateError([outerError, innerError], outerError.message);
      Error.stackTraceLimit = limit;
      Error.captureStackTrace(err, aggregateTwoErrors);
    } else {
      err = new AggregateError([outerError, innerError], outerError.message);
    }
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

const genericNodeError = hideStackFrames(function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
});

let maxStackErrorName;
let maxStackErrorMessage;
function isStackOverflowError(err) {
  if (maxStackErrorMessage === undefined) {
    try {
      const overflowStack = () => overflowStack();
      overflowStack();
    } catch (e) {
      maxStackErrorMessage = e.message;
      maxStackErrorName = e.name;
    }
  }
  return err && err.name === maxStackErrorName && err.message === maxStackErrorMessage;
}

function inspectWithNoCustomRetry(obj, options) {
  const { inspect } = lazyInspect();
  try {
    return inspect(obj, options);
  } catch {
    return inspect(obj, { ...options, customInspect: false });
  }
}

// Drops the library's own frames from the stack of `error` when it is
// formatted (used for errors about user code, such as ERR_REQUIRE_ESM).
function hideInternalStackFrames(error) {
  overrideStackTrace.set(error, (err, frames) => {
    let kept = frames;
    if (Array.isArray(frames)) {
      kept = frames.filter((frame) => {
        const name = frame.getFileName() || '';
        return !name.startsWith('node:internal') && !name.startsWith('vigil:internal');
      });
    }
    return [stackHeader(err), ...kept].join('\n    at ');
  });
}

function setArrowMessage(err, arrowMessage) {
  err[kArrowMessage] = arrowMessage;
}

// Used when a fatal exception is printed: the inspected error includes its
// extra properties ({ code: ... }) below the stack, as node prints it.
const fatalExceptionStackEnhancers = {
  beforeInspector(error) {
    if (typeof error[kEnhanceStackBeforeInspector] !== 'function') return error.stack;
    try {
      error.stack = error[kEnhanceStackBeforeInspector]();
    } catch {
      // Enhancing is best effort.
    }
    return error.stack;
  },
  afterInspector(error) {
    const originalStack = error.stack;
    const { inspect } = lazyInspect();
    let colors = false;
    try {
      colors = require('internal/console/constructor').shouldColorize(process.stderr);
    } catch {
      // Without a usable stderr there is nothing to color.
    }
    try {
      return inspect(error, {
        colors,
        customInspect: false,
        depth: Math.max(inspect.defaultOptions.depth, 5),
      });
    } catch {
      return originalStack;
    }
  },
};

module.exports = {
  AbortError,
  aggregateTwoErrors,
  NodeAggregateError,
  codes,
  ConnResetException,
  DNSException,
  determineSpecificType,
  E,
  ErrnoException,
  ExceptionWithHostPort,
  fatalExceptionStackEnhancers,
  formatList,
  addNumericalSeparator,
  genericNodeError,
  getMessage,
  getSystemErrorName,
  hideInternalStackFrames,
  hideStackFrames,
  captureLargerStackTrace,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kEnhanceStackBeforeInspector,
  kArrowMessage,
  kIsNodeError,
  defaultPrepareStackTrace,
  setInternalPrepareStackTrace,
  overrideStackTrace,
  prepareStackTraceCallback,
  stackHeader,
  ErrorPrepareStackTrace,
  setArrowMessage,
  SystemError,
  uvErrmapGet,
  UVException,
  UVExceptionWithHostPort,
  uvException,
  uvExceptionWithHostPort,
  errnoException,
  exceptionWithHostPort,
  dnsException,
};
