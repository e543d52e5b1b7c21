'use strict';

// The public `util` module.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  ErrnoException,
  ExceptionWithHostPort,
  isErrorStackTraceLimitWritable,
  uvErrmapGet,
} = require('internal/errors');
const {
  inspect, format, formatWithOptions, stripVTControlCharacters,
} = require('internal/util/inspect');
const {
  validateNumber, validateString, validateBoolean, validateOneOf, validateAbortSignal,
  validateObject, kValidateObjectAllowObjects,
} = require('internal/validators');
const { promisify, callbackify, deprecate } = require('internal/util/promisify');
const { debuglog } = require('internal/util/debuglog');
const types = require('internal/util/types');

function isBoolean(arg) { return typeof arg === 'boolean'; }
function isNull(arg) { return arg === null; }
function isNullOrUndefined(arg) { return arg === null || arg === undefined; }
function isNumber(arg) { return typeof arg === 'number'; }
function isString(arg) { return typeof arg === 'string'; }
function isSymbol(arg) { return typeof arg === 'symbol'; }
function isUndefined(arg) { return arg === undefined; }
function isObject(arg) { return arg !== null && typeof arg === 'object'; }
function isFunction(arg) { return typeof arg === 'function'; }
function isPrimitive(arg) { return arg === null || (typeof arg !== 'object' && typeof arg !== 'function'); }
function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}
function isBuffer(arg) {
  return require('buffer').Buffer.isBuffer(arg);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => n.toString().padStart(2, '0');

// '26 Feb 16:19:34'
function timestamp() {
  const d = new Date();
  const time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  require('console').log('%s - %s', timestamp(), format(...args));
}

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// errno -> [name, message] for every libuv error.
function getSystemErrorMap() {
  const uv = internalBinding('uv');
  if (typeof uv.getErrorMap === 'function') return uv.getErrorMap();
  const map = new Map();
  for (let errno = -1; errno >= -4096; errno--) {
    const entry = uvErrmapGet(errno);
    if (entry !== undefined) map.set(errno, entry);
  }
  return map;
}

// Builds an error without a stack of library frames.
function withoutLibraryFrames(Ctor, args, callee) {
  if (!isErrorStackTraceLimitWritable()) return new Ctor(...args);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const e = new Ctor(...args);
  Error.stackTraceLimit = limit;
  Error.captureStackTrace(e, callee);
  return e;
}

function _errnoException(...args) {
  // The errno is checked as getSystemErrorName() checks it, as node does.
  getSystemErrorName(args[0]);
  return withoutLibraryFrames(ErrnoException, args, _errnoException);
}

function _exceptionWithHostPort(...args) {
  return withoutLibraryFrames(ExceptionWithHostPort, args, _exceptionWithHostPort);
}

function isNodeStream(obj) {
  return Boolean(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isWebStream(obj) {
  return Boolean(obj && (typeof obj.getReader === 'function' || typeof obj.getWriter === 'function'));
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const codes = (key) => {
    const entry = inspect.colors[key];
    if (entry == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
    return entry;
  };
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const [on, off] = codes(key);
      left += `\u001b[${on}m`;
      right = `\u001b[${off}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const [on, off] = codes(format);
  if (validateStream && (!stream || !require('internal/console/constructor').shouldColorize(stream))) {
    return text;
  }
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

// Resolves once `signal` aborts. Like node's, it is an async function, so
// invalid arguments reject rather than throw.
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// Marks a signal as transferable to workers. Signals here are never cloned
// across threads, so marking only validates and hands the signal back.
function transferableAbortSignal(signal) {
  if (typeof globalThis.AbortSignal !== 'function' || !(signal instanceof globalThis.AbortSignal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  return new globalThis.AbortController();
}

let internalDeepEqual;

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual(a, b) {
    if (internalDeepEqual === undefined) {
      internalDeepEqual = require('internal/util/comparisons').isDeepStrictEqual;
    }
    return internalDeepEqual(a, b);
  },
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  // Getters, as in node, where they load the abort-controller module lazily.
  get transferableAbortSignal() {
    return transferableAbortSignal;
  },
  get transferableAbortController() {
    return transferableAbortController;
  },
  get aborted() {
    return aborted;
  },
  types,
  parseEnv: require('internal/util/parse_env').parseEnv,
};

// Loaded on first use: most programs never touch them.
function defineLazy(names, id) {
  for (const name of names) {
    let value;
    Object.defineProperty(module.exports, name, {
      get() {
        if (value === undefined) value = require(id)[name];
        return value;
      },
      set(v) {
        value = v;
      },
      enumerable: true,
      configurable: true,
    });
  }
}
defineLazy(['parseArgs'], 'internal/util/parse_args');
defineLazy(['TextDecoder', 'TextEncoder'], 'internal/encoding');
defineLazy(['MIMEType', 'MIMEParams'], 'internal/mime');
