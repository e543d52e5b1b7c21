'use strict';
// globalThis.crypto: getRandomValues, randomUUID and subtle.digest.
const crypto = require('crypto');
const hex = (x) => Array.from(new Uint8Array(x), (b) => b.toString(16).padStart(2, '0')).join('');

console.log(typeof globalThis.crypto, crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle);
console.log(Object.prototype.toString.call(globalThis.crypto), Object.prototype.toString.call(globalThis.crypto.subtle));
console.log(globalThis.crypto.getRandomValues(new Uint8Array(4)).length, typeof globalThis.crypto.randomUUID());
try {
  globalThis.crypto.getRandomValues(new Float64Array(1));
} catch (e) {
  console.log(e.name, e.message);
}
const { subtle } = globalThis.crypto;
// Digests finish on the pool in any order; Promise.all keeps the output stable.
Promise.all([
  subtle.digest('SHA-256', new Uint8Array([97, 98, 99])),
  subtle.digest({ name: 'sha-1' }, new ArrayBuffer(0)),
  subtle.digest('SHA-512', new DataView(new ArrayBuffer(2))),
  subtle.digest('SHA-384', new Uint8Array(0)),
]).then(([a, b, c, d]) => {
  console.log('SHA-256', a instanceof ArrayBuffer, hex(a));
  console.log('SHA-1', hex(b));
  console.log('SHA-512', c.byteLength);
  console.log('SHA-384', hex(d));
});
subtle.digest('nope', new Uint8Array(1)).catch((e) => console.log('rejected', e.name, e.message));
process.nextTick(() => console.log('nextTick'));
console.log('sync end');
