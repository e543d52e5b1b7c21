'use strict';
// The public crypto module: hashes, HMACs, random numbers, key derivation
// and the Web Crypto object, on OpenSSL through internalBinding('crypto').

const { codes } = require('internal/errors');
const { binding, isView, isAnyArrayBuffer } = require('internal/crypto/util');
const { Hash, Hmac, hash, getHashes, getFips } = require('internal/crypto/hash');
const random = require('internal/crypto/random');
const kdf = require('internal/crypto/kdf');
const webcrypto = require('internal/crypto/webcrypto');
const { KeyObject, createSecretKey } = require('internal/crypto/keys');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, value] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isView(value) && !isAnyArrayBuffer(value)) {
      // node raises this one from C++, whose message has no "Received" part.
      const err = new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
      const message = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`;
      err.stack = err.stack.replace(err.message, message);
      err.message = message;
      throw err;
    }
  }
  if (buf1.byteLength !== buf2.byteLength) throw new codes.ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

module.exports = {
  createHash,
  createHmac,
  createSecretKey,
  getFips,
  getHashes,
  hash,
  hkdf: kdf.hkdf,
  hkdfSync: kdf.hkdfSync,
  pbkdf2: kdf.pbkdf2,
  pbkdf2Sync: kdf.pbkdf2Sync,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt: kdf.scrypt,
  scryptSync: kdf.scryptSync,
  timingSafeEqual,
  Hash,
  Hmac,
  KeyObject,
  constants: binding.constants,
  webcrypto: webcrypto.crypto,
  subtle: webcrypto.subtle,
  getRandomValues: (data) => webcrypto.crypto.getRandomValues(data),
};

// Old aliases of randomBytes: still there, hidden from enumeration and
// warning once when used (DEP0115), as node.
for (const name of ['pseudoRandomBytes', 'prng', 'rng']) {
  Object.defineProperty(module.exports, name, {
    enumerable: false,
    configurable: true,
    writable: true,
    value: require('util').deprecate(random.randomBytes, `crypto.${name} is deprecated.`, 'DEP0115'),
  });
}
