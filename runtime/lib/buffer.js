'use strict';

// The public `buffer` module: Buffer (a Uint8Array subclass with node's
// API), its allocation pool, encodings, searching, comparing and inspecting,
// plus atob/btoa, isUtf8/isAscii, transcode, Blob and File. The byte
// crunching lives in internalBinding('buffer'); this file is the policy.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  fast,
} = require('internal/buffer');
const {
  encodingOps,
  getEncodingOps,
  normalizeEncoding,
} = require('internal/buffer_encodings');

const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888; // v8::String::kMaxLength on 64-bit hosts.
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, enumerable: true },
  MAX_STRING_LENGTH: {
    __proto__: null, value: kStringMaxLength, enumerable: true,
  },
});

let INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayToStringTag = Object.getOwnPropertyDescriptor(
  TypedArrayProto, Symbol.toStringTag).get;
const typedArraySet = TypedArrayProto.set;
const typedArrayFill = TypedArrayProto.fill;

function isUint8Array(value) {
  return typedArrayToStringTag.call(value) === 'Uint8Array';
}

function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object')
    return false;
  const tag = Object.prototype.toString.call(value);
  if (tag !== '[object ArrayBuffer]' && tag !== '[object SharedArrayBuffer]')
    return false;
  // A plain object can spoof the tag; the byteLength getter cannot be fooled.
  try {
    const getter = tag === '[object ArrayBuffer]' ? abByteLength : sabByteLength;
    getter.call(value);
    return true;
  } catch {
    return false;
  }
}
const abByteLength = Object.getOwnPropertyDescriptor(
  ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength')
    .get : abByteLength;

// Buffers are FastBuffers: both names share one prototype.
FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
addBufferPrototypeMethods(Buffer.prototype);

// ---- Allocation and the pool. ----

// Small unsafe allocations are carved out of a shared 8 KiB pool, like
// node's, so that `Buffer.from('abc')` does not create an ArrayBuffer each.
Buffer.poolSize = 8 * 1024;
// The pool is created on first use, once the flags are known.
let poolSize = 0;
let poolOffset = 0;
let allocPool = null;

// --zero-fill-buffers makes every allocation zeroed, as in node. This file
// can load before `process` is filled in; until the flags are known,
// allocations are zeroed to be safe.
let zeroFill;
function mustZeroFill() {
  if (zeroFill === undefined) {
    if (!Array.isArray(process.execArgv))
      return true;
    zeroFill = process.execArgv.includes('--zero-fill-buffers');
  }
  return zeroFill;
}

// Small arrays stay on V8's heap (as node's do); bigger ones are allocated
// by V8 with the allocator's zero-filling switched off for that one call,
// which is what "unsafe" buys (V8 still accounts for the memory, so dead
// buffers are collected as young garbage).
const zeroFillToggle = binding.zeroFill;
function createUnsafeBuffer(size) {
  if (size <= 64 || mustZeroFill())
    return new FastBuffer(size);
  zeroFillToggle[0] = 0;
  try {
    return new FastBuffer(size);
  } finally {
    zeroFillToggle[0] = 1;
  }
}

function createUnsafeArrayBuffer(size) {
  if (mustZeroFill())
    return new ArrayBuffer(size);
  zeroFillToggle[0] = 0;
  try {
    return new ArrayBuffer(size);
  } finally {
    zeroFillToggle[0] = 1;
  }
}

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createUnsafeArrayBuffer(poolSize);
  // Transferring the pool would empty every Buffer that shares it.
  binding.markAsUntransferable(allocPool);
  poolOffset = 0;
}

// Keeps every pooled slice 8-byte aligned so Float64Array views work on it.
function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function validateSize(size) {
  if (typeof size !== 'number')
    throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
  if (!(size >= 0 && size <= kMaxLength))
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number')
    throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value))
    throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max)
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function allocate(size) {
  if (size <= 0)
    return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset))
      createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// ---- The Buffer function and its static methods. ----

const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
  'issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or ' +
  'Buffer.from() methods instead.';
let bufferWarningEmitted = false;
let nodeModulesChecks = 0;

// The first frame that belongs to a user file (an absolute path) decides
// whether the deprecated Buffer() call came from a dependency.
function isInsideNodeModules() {
  const saved = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let frames;
  try {
    Error.prepareStackTrace = (err, trace) => trace;
    Error.stackTraceLimit = Infinity;
    const holder = {};
    Error.captureStackTrace(holder, isInsideNodeModules);
    frames = holder.stack;
  } finally {
    Error.prepareStackTrace = saved;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(frames))
    return false;
  for (const frame of frames) {
    let file = frame.getFileName();
    if (typeof file !== 'string')
      continue;
    if (file.startsWith('file://'))
      file = file.slice(7);
    if (!/^\/|\\/.test(file))
      continue;
    return /(?:^|[\\/])node_modules[\\/]/.test(file);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningEmitted || ++nodeModulesChecks > 10000)
    return;
  const pending = Array.isArray(process.execArgv) &&
    process.execArgv.includes('--pending-deprecation');
  if (!pending && isInsideNodeModules())
    return;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningEmitted = true;
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string')
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.setPrototypeOf(Buffer, Uint8Array);

// TypedArray methods that build a new array (subarray, map, filter) look up
// the species; FastBuffer makes them skip the deprecated Buffer() path.
Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true,
  get() { return FastBuffer; },
});

function fromStringFast(string, ops) {
  // UTF-8 needs at least a byte per UTF-16 unit, so a long string is known
  // to be too big for the pool without measuring it.
  if (ops === encodingOps.utf8 && string.length >= (Buffer.poolSize >>> 1))
    return new FastBuffer(binding.createFromString(string, ops.id));
  if (ops === encodingOps.utf8 && string.length * 3 < (Buffer.poolSize >>> 1)) {
    // Short UTF-8 fits the pool whatever its content: encode straight into
    // it and skip measuring the string first.
    if (string.length * 3 > (poolSize - poolOffset))
      createPool();
    const actual = binding.utf8Write(allocPool, string, poolOffset,
                                     string.length * 3);
    const b = new FastBuffer(allocPool, poolOffset, actual);
    poolOffset += actual;
    alignPool();
    return b;
  }
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1))
    return new FastBuffer(binding.createFromString(string, ops.id));
  if (length > (poolSize - poolOffset))
    createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length)
    b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0)
      return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined)
      throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0)
      return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset))
      byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0)
    throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength)
        throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0)
    return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset))
      createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    typedArraySet.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number')
      return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data))
    return fromArrayLike(obj.data);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string')
    return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value))
      return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object'))
      return from(valueOf, encodingOrOffset, length);
    const b = fromObject(value);
    if (b)
      return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string')
        return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

// An arrow function, so that like %TypedArray%.of it is not a constructor.
Buffer.of = (...items) => {
  const b = createUnsafeBuffer(items.length);
  for (let i = 0; i < items.length; i++)
    b[i] = items[i];
  return b;
};

const typedArrayLength = Object.getOwnPropertyDescriptor(
  TypedArrayProto, 'length').get;

// Copies the bytes under a typed array's element range (not its elements).
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!ArrayBuffer.isView(view) || view instanceof DataView)
    throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = typedArrayLength.call(view);
  if (viewLength === 0)
    return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateOffset(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      if (offset >= viewLength)
        return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end = viewLength;
    if (length !== undefined) {
      validateOffset(length, 'length', 0, Number.MAX_SAFE_INTEGER);
      end = offset + length;
    }
    view = TypedArrayProto.slice.call(view, offset, end);
  }
  return fromArrayLike(
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
};

// SlowBuffer is the deprecated spelling of allocUnsafeSlow; instances are
// ordinary Buffers.
function SlowBuffer(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1))
    throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2))
    throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2)
    return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string))
      return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE(
      'string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0)
    return 0;
  if (encoding) {
    const ops = getEncodingOps(encoding);
    if (ops)
      return ops.byteLength(string);
  }
  return mustMatch ? -1 : binding.byteLengthUtf8(string);
}
Buffer.byteLength = byteLength;

// Copies what fits of source[sourceStart, sourceEnd) to target[targetStart..]
// and returns the number of bytes copied; the arguments are already valid.
function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart)
    sourceEnd = sourceStart + target.length - targetStart;
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen)
    nb = sourceLen;
  if (nb <= 0)
    return 0;
  if (sourceStart !== 0 || sourceEnd < source.length)
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  typedArraySet.call(target, source, targetStart);
  return nb;
}

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list))
    throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0)
    return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length)
        length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(
        `list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  // A requested length beyond the sum leaves unpooled garbage otherwise.
  if (pos < length)
    typedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

// The prototype methods live in their own file; _fill is shared with
// Buffer.alloc above.
const { _fill } = require('internal/buffer_methods').install(Buffer, {
  isUint8Array, validateOffset, copyActual,
  getInspectMaxBytes: () => INSPECT_MAX_BYTES,
});

// ---- atob / btoa (WHATWG forgiving base64). ----

// DOMException is a web global installed by the bootstrap; before it exists
// (or if a user deleted it) errors still carry node's name, message and code.
class InvalidCharacterError extends Error {
  constructor(message) {
    super(message);
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'InvalidCharacterError', configurable: true,
    });
  }

  get code() { return 5; }
}

function domException(message, name) {
  if (typeof globalThis.DOMException === 'function')
    return new globalThis.DOMException(message, name);
  return new InvalidCharacterError(message);
}

function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function isBase64Char(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2f;
}

function atob(input) {
  if (arguments.length === 0)
    throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let significant = 0;
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isAsciiWhitespace(c))
      continue;
    if (c === 0x3d) {
      equals++;
      significant++;
      if (equals > 2)
        throw domException('Invalid character', 'InvalidCharacterError');
    } else if (isBase64Char(c)) {
      // Padding may only end the input.
      if (equals)
        throw domException('Invalid character', 'InvalidCharacterError');
      significant++;
    } else {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
  }
  let remainder = significant % 4;
  if (remainder === 0) {
    remainder = (significant - equals) % 4;
  } else if (equals) {
    throw domException('Invalid character', 'InvalidCharacterError');
  }
  if (remainder === 1) {
    throw domException('The string to be decoded is not correctly encoded.',
                       'InvalidCharacterError');
  }
  return fromString(input, 'base64').latin1Slice();
}

function btoa(input) {
  if (arguments.length === 0)
    throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff)
      throw domException('Invalid character', 'InvalidCharacterError');
  }
  const buf = fromString(input, 'latin1');
  return buf.length === 0 ? '' : fast.base64Slice(buf, 0, buf.length);
}

// ---- isUtf8 / isAscii / transcode. ----

function validateBytesInput(input) {
  if (!ArrayBuffer.isView(input) || input instanceof DataView) {
    if (!isAnyArrayBuffer(input)) {
      throw new ERR_INVALID_ARG_TYPE(
        'input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
    }
  }
}

function isUtf8(input) {
  validateBytesInput(input);
  return binding.isUtf8(input);
}

function isAscii(input) {
  validateBytesInput(input);
  return binding.isAscii(input);
}

// transcode converts between the encodings node's ICU build supports; the
// conversion goes through a JS string, and characters the target cannot
// represent become '?', as ICU's substitution does.
const kTranscodable = new Set(['ascii', 'latin1', 'ucs2', 'utf8']);

function transcodeError(code, errno) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = errno;
  return err;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE(
      'source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0)
    return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!kTranscodable.has(from) || !kTranscodable.has(to))
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  const view = new FastBuffer(source.buffer, source.byteOffset, source.length);
  let text;
  if (from === 'ascii') {
    // ICU's US-ASCII decoder maps every byte above 0x7f to U+FFFD.
    text = view.latin1Slice().replace(/[\x80-\xff]/g, '\ufffd');
  } else {
    if (from === 'utf8' && to === 'ucs2' && !binding.isUtf8(view))
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    text = view.toString(from);
    if (from === 'ucs2' && to === 'utf8' &&
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text))
      throw transcodeError('U_INVALID_CHAR_FOUND', 10);
  }
  if (to === 'ascii' || to === 'latin1') {
    const limit = to === 'ascii' ? 0x7f : 0xff;
    let out = '';
    for (const ch of text)
      out += ch.codePointAt(0) > limit ? '?' : ch;
    text = out;
  }
  return fromString(text, to);
}

const { Blob, File, resolveObjectURL } = require('internal/blob');

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined, // Replaced by the accessor below.
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null, configurable: true, enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    if (typeof val !== 'number')
      throw new ERR_INVALID_ARG_TYPE('INSPECT_MAX_BYTES', 'number', val);
    if (!(val >= 0))
      throw new ERR_OUT_OF_RANGE('INSPECT_MAX_BYTES', '>= 0', val);
    INSPECT_MAX_BYTES = val;
  },
});
