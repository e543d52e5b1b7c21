'use strict';
// Key derivation: pbkdf2, scrypt and hkdf. The synchronous forms run in the
// binding directly; the callback forms run on vigil's work pool.

const { codes } = require('internal/errors');
const { validateFunction, validateInteger, validateString, validateObject } = require('internal/validators');
const { binding, toBuffer, getArrayBufferOrView } = require('internal/crypto/util');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxLength = 2 ** 32 - 1;

// ------------------------------------------------------------------ pbkdf2

function checkPbkdf2(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInteger(iterations, 'iterations', 1, kMaxInt32);
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  if (binding.digestSize(digest) === -1) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const a = checkPbkdf2(password, salt, iterations, keylen, digest);
  return toBuffer(binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const a = checkPbkdf2(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.digest, (err, ab) => {
    if (err) callback(new Error(err));
    else callback(null, toBuffer(ab));
  });
}

// ------------------------------------------------------------------ scrypt

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function validateUint32(value, name) {
  validateInteger(value, name, 0, kMaxLength);
}

function checkScrypt(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInteger(keylen, 'keylen', 0, kMaxInt32);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options != null) {
    validateObject(options, 'options');
    // Each parameter has a long and a short name; only one may be given.
    const pick = (short, long, current) => {
      const hasShort = options[short] !== undefined;
      const hasLong = options[long] !== undefined;
      if (hasShort && hasLong) throw new codes.ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      if (!hasShort && !hasLong) return current;
      const value = hasShort ? options[short] : options[long];
      validateUint32(value, hasShort ? short : long);
      return value;
    };
    N = pick('N', 'cost', N);
    r = pick('r', 'blockSize', r);
    p = pick('p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  const problem = binding.scryptCheck(N, r, p, maxmem);
  if (problem !== undefined) throw new codes.ERR_CRYPTO_INVALID_SCRYPT_PARAMS(problem);
  return { password, salt, keylen, N, r, p, maxmem };
}

function scryptSync(password, salt, keylen, options) {
  const a = checkScrypt(password, salt, keylen, options);
  return toBuffer(binding.scrypt(a.password, a.salt, a.keylen, a.N, a.r, a.p, a.maxmem));
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const a = checkScrypt(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(a.password, a.salt, a.keylen, a.N, a.r, a.p, a.maxmem, (err, ab) => {
    if (err) callback(new Error(err));
    else callback(null, toBuffer(ab));
  });
}

// -------------------------------------------------------------------- hkdf

const byteSourceTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function checkHkdf(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  const keyBytes = require('internal/crypto/keys').secretKeyBytes(key);
  if (keyBytes !== undefined) key = keyBytes;
  key = getArrayBufferOrView(key, 'ikm',
    undefined, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey']);
  salt = getArrayBufferOrView(salt, 'salt', undefined, byteSourceTypes);
  info = getArrayBufferOrView(info, 'info', undefined, byteSourceTypes);
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new codes.ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  const size = binding.digestSize(digest);
  if (size < 0) throw new codes.ERR_CRYPTO_INVALID_DIGEST(digest);
  if (length > 255 * size) throw new codes.ERR_CRYPTO_INVALID_KEYLEN();
  return { digest, key, salt, info, length };
}

// hkdf results are ArrayBuffers, not Buffers.
function hkdfSync(digest, key, salt, info, length) {
  const a = checkHkdf(digest, key, salt, info, length);
  return binding.hkdf(a.digest, a.key, a.salt, a.info, a.length);
}

function hkdf(digest, key, salt, info, length, callback) {
  const a = checkHkdf(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdf(a.digest, a.key, a.salt, a.info, a.length, (err, ab) => {
    if (err) callback(new Error(err));
    else callback(null, ab);
  });
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
