'use strict';
// Random numbers from OpenSSL's CSPRNG (RAND_bytes). The asynchronous forms
// draw the bytes on vigil's work pool.

const { codes } = require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateBoolean } = require('internal/validators');
const { binding, toBuffer, isView, isAnyArrayBuffer, domException } = require('internal/crypto/util');

const kMaxLength = 2 ** 31 - 1;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new codes.ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxLength || size < 0) {
    throw new codes.ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
  }
  if (size + offset > length) throw new codes.ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function validateBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isView(buf)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) return toBuffer(binding.randomBytes(size));
  binding.randomBytes(size, (err, ab) => {
    if (err) callback(new Error(err));
    else callback(null, toBuffer(ab));
  });
}

function randomFillSync(buf, offset = 0, size) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  binding.randomFillSync(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  binding.randomBytes(size, (err, ab) => {
    if (err) return callback(new Error(err));
    const target = isView(buf) ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
    target.set(new Uint8Array(ab), offset);
    callback(null, buf);
  });
}

// randomInt draws 48-bit numbers and rejects those above the largest
// multiple of the range, so every result is equally likely.
const RAND_MAX = 0xFFFFFFFFFFFF;

function read48(bytes, i) {
  return bytes[i] * 2 ** 40 + bytes[i + 1] * 2 ** 32 + bytes[i + 2] * 2 ** 24 +
    bytes[i + 3] * 2 ** 16 + bytes[i + 4] * 2 ** 8 + bytes[i + 5];
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new codes.ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new codes.ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  const randLimit = RAND_MAX - (RAND_MAX % range);
  // Numbers come from a shared cache of random bytes. A synchronous call
  // refills it on the spot; an asynchronous one answers on the next tick
  // when the cache has bytes left, else waits for an asynchronous refill.
  while (isSync || intCacheOffset < intCache.length) {
    if (intCacheOffset === intCache.length) {
      binding.randomFillSync(intCache, 0, intCache.length);
      intCacheOffset = 0;
    }
    const x = read48(intCache, intCacheOffset);
    intCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(() => callback(undefined, n));
      return;
    }
  }
  intCacheWaiting.push([min, max, callback]);
  refillIntCache();
}

const intCache = new Uint8Array(6 * 1024);
let intCacheOffset = intCache.length;
let intCacheRefilling = false;
const intCacheWaiting = [];

function refillIntCache() {
  if (intCacheRefilling) return;
  intCacheRefilling = true;
  binding.randomBytes(intCache.length, (err, ab) => {
    intCacheRefilling = false;
    const waiting = intCacheWaiting.splice(0);
    if (err) {
      // The first caller hears about the failure; the others retry.
      const [, , callback] = waiting.shift();
      for (const [min, max, cb] of waiting) randomInt(min, max, cb);
      callback(new Error(err));
      return;
    }
    intCache.set(new Uint8Array(ab));
    intCacheOffset = 0;
    for (const [min, max, cb] of waiting) randomInt(min, max, cb);
  });
}

function hex2(n) {
  return (n < 16 ? '0' : '') + n.toString(16);
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  const b = new Uint8Array(binding.randomBytes(16));
  b[6] = (b[6] & 0x0f) | 0x40; // version 4
  b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
  let s = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-';
    s += hex2(b[i]);
  }
  return s;
}

const integerArrays = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];

function getRandomValues(data) {
  const tag = isView(data) ? Object.prototype.toString.call(data).slice(8, -1) : '';
  if (!integerArrays.includes(tag)) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  binding.randomFillSync(data, 0, data.byteLength);
  return data;
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues };
