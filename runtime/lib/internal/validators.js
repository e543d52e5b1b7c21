'use strict';

// Argument checks shared by the library. Each throws node's own error (same
// code and message) so that user code that inspects errors behaves as under
// node. They are wrapped with hideStackFrames so that the stack of a thrown
// error starts at the caller of the public API.

const {
  hideStackFrames,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const octalReg = /^[0-7]+$/;
const modeDesc = 'must be a 32-bit unsigned integer or an octal string';

// Accepts a file mode as a number or an octal string ('755').
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!octalReg.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, modeDesc);
    value = Number.parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function checkIntegerRange(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

const validateInteger = hideStackFrames(
  (value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) => {
    checkIntegerRange(value, name, min, max);
  });

const validateInt32 = hideStackFrames((value, name, min = -2147483648, max = 2147483647) => {
  checkIntegerRange(value, name, min, max);
});

const validateUint32 = hideStackFrames((value, name, positive = false) => {
  checkIntegerRange(value, name, positive ? 1 : 0, 4_294_967_295);
});

const validateString = hideStackFrames((value, name) => {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
});

const validateNumber = hideStackFrames((value, name, min = undefined, max) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  const hasMin = min != null;
  const hasMax = max != null;
  if ((hasMin && value < min) || (hasMax && value > max) ||
      ((hasMin || hasMax) && Number.isNaN(value))) {
    const range = `${hasMin ? `>= ${min}` : ''}${hasMin && hasMax ? ' && ' : ''}` +
      `${hasMax ? `<= ${max}` : ''}`;
    throw new ERR_OUT_OF_RANGE(name, range, value);
  }
});

const validateOneOf = hideStackFrames((value, name, oneOf) => {
  if (!oneOf.includes(value)) {
    const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
  }
});

const validateBoolean = hideStackFrames((value, name) => {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
});

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable | kValidateObjectAllowObjects;

// Options are node 20's bit flags, or node 18's { nullable, allowArray,
// allowFunction } object (both styles appear in code ported from node).
function objectFlags(options) {
  if (typeof options === 'number') return options;
  if (options === null || typeof options !== 'object') return kValidateObjectNone;
  const own = (key) => Object.prototype.hasOwnProperty.call(options, key) && options[key];
  return (own('nullable') ? kValidateObjectAllowNullable : 0) |
    (own('allowArray') ? kValidateObjectAllowArray : 0) |
    (own('allowFunction') ? kValidateObjectAllowFunction : 0);
}

const validateObject = hideStackFrames((value, name, options = kValidateObjectNone) => {
  const flags = objectFlags(options);
  const type = typeof value;
  if ((value === null && !(flags & kValidateObjectAllowNullable)) ||
      (Array.isArray(value) && !(flags & kValidateObjectAllowArray)) ||
      (type !== 'object' && (type !== 'function' || !(flags & kValidateObjectAllowFunction)))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
});

const validateDictionary = hideStackFrames((value, name) => {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
});

const validateArray = hideStackFrames((value, name, minLength = 0) => {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
  }
});

const validateStringArray = hideStackFrames((value, name) => {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) {
    if (typeof value[i] !== 'string') throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'string', value[i]);
  }
});

const validateBooleanArray = hideStackFrames((value, name) => {
  validateArray(value, name);
  for (let i = 0; i < value.length; ++i) {
    if (value[i] !== true && value[i] !== false) {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'boolean', value[i]);
    }
  }
});

const validateAbortSignal = hideStackFrames((signal, name) => {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
});

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    const indexedName = `${name}[${i}]`;
    if (value[i] == null) throw new ERR_INVALID_ARG_TYPE(indexedName, 'AbortSignal', value[i]);
    validateAbortSignal(value[i], indexedName);
  }
}

// Linux signal numbers, used when no native constants binding provides them.
const linuxSignals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
  SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12,
  SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18,
  SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29,
  SIGPWR: 30, SIGSYS: 31,
};

let signals;
function getSignals() {
  if (signals === undefined) {
    try {
      signals = require('os').constants.signals;
    } catch {
      signals = undefined;
    }
    if (signals === undefined || signals === null) signals = linuxSignals;
  }
  return signals;
}

const validateSignalName = hideStackFrames((signal, name = 'signal') => {
  validateString(signal, name);
  const table = getSignals();
  if (table[signal] === undefined) {
    if (table[signal.toUpperCase()] !== undefined) {
      throw new ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`);
    }
    throw new ERR_UNKNOWN_SIGNAL(signal);
  }
});

const validateBuffer = hideStackFrames((buffer, name = 'buffer') => {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

// Only hex has a length constraint: it needs an even number of digits.
function isHexEncoding(encoding) {
  return typeof encoding === 'string' && encoding.toLowerCase() === 'hex';
}

const validateEncoding = hideStackFrames((data, encoding) => {
  const length = data.length;
  if (isHexEncoding(encoding) && length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
});

const validatePort = hideStackFrames((port, name = 'Port', allowZero = true) => {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
});

const validateFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
});

// Kept for code written against node 18, where callbacks were validated
// without a name.
const validateCallback = hideStackFrames((callback, name = 'callback') => {
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', callback);
});

const validatePlainFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function' || value[Symbol.toStringTag] === 'AsyncFunction') {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
});

const validateUndefined = hideStackFrames((value, name) => {
  if (value !== undefined) throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
});

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

const linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const linkFormatReason = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function checkLinkHeader(value, name) {
  if (typeof value === 'undefined' || !linkValueRegExp.test(value)) {
    throw new ERR_INVALID_ARG_VALUE(name, value, linkFormatReason);
  }
}

const validateLinkHeaderValue = hideStackFrames((hints) => {
  if (typeof hints === 'string') {
    checkLinkHeader(hints, 'hints');
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const link of hints) checkLinkHeader(link, 'hints');
    return hints.join(', ');
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, linkFormatReason);
});

const validateInternalField = hideStackFrames((object, fieldKey, className) => {
  if (typeof object !== 'object' || object === null ||
      !Object.prototype.hasOwnProperty.call(object, fieldKey)) {
    throw new ERR_INVALID_ARG_TYPE('this', className, object);
  }
});

// false for undefined and NaN, true for finite numbers; throws for
// non-numbers and infinities.
const validateFiniteNumber = hideStackFrames((number, name) => {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
});

const checkRangesOrGetDefault = hideStackFrames((number, name, lower, upper, def) => {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
});

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateCallback,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateLinkHeaderValue,
  validateInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
