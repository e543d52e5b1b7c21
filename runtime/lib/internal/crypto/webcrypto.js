'use strict';
// The Web Crypto object (globalThis.crypto, require('crypto').webcrypto):
// getRandomValues, randomUUID and subtle.digest for now.

const { codes } = require('internal/errors');
const { binding, isView, isAnyArrayBuffer, domException } = require('internal/crypto/util');
const random = require('internal/crypto/random');

const digestNames = { 'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512' };

class SubtleCrypto {
  // digest(algorithm, data) -> Promise<ArrayBuffer>. Argument problems
  // reject the promise rather than throw, as the Web Crypto spec asks.
  async digest(algorithm, data) {
    if (arguments.length < 2) {
      throw new TypeError(`Failed to execute 'digest' on 'SubtleCrypto': 2 arguments required, but only ${arguments.length} present.`);
    }
    const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
    const md = typeof name === 'string' ? digestNames[name.toLowerCase()] : undefined;
    if (md === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
    if (!isView(data) && !isAnyArrayBuffer(data)) {
      throw new codes.ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    // The hash runs on the thread pool, so the promise settles from the loop.
    return new Promise((resolve, reject) => {
      binding.digest(md, data, (err, ab) => (err ? reject(new Error(err)) : resolve(ab)));
    });
  }
}

class Crypto {
  get subtle() {
    return subtle;
  }
  getRandomValues(data) {
    if (arguments.length < 1) {
      throw new TypeError(`Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.`);
    }
    return random.getRandomValues(data);
  }
  randomUUID() {
    return random.randomUUID();
  }
}

Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto();
const crypto = new Crypto();

module.exports = { crypto, Crypto, SubtleCrypto, subtle };
