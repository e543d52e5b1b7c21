'use strict';
// randomBytes, randomFillSync, randomInt, randomUUID, getRandomValues (sync forms).
const crypto = require('crypto');

console.log(crypto.randomBytes(8).length, crypto.randomBytes(0).length, crypto.randomBytes(100000).length);
// 64 random bytes that are all zero would mean the generator does nothing.
console.log(crypto.randomBytes(64).some((b) => b !== 0));
const u = new Uint32Array(4);
console.log(crypto.randomFillSync(u) === u, u.some((v) => v !== 0));
const z = new Uint8Array(64);
crypto.randomFillSync(z, 8, 48);
console.log(z.subarray(0, 8).every((b) => b === 0), z.subarray(56).every((b) => b === 0), z.subarray(8, 56).some((b) => b !== 0));
const words = new Uint16Array(8);
crypto.randomFillSync(words, 6);
console.log(words.subarray(0, 6).every((b) => b === 0));
const ab = new ArrayBuffer(16);
crypto.randomFillSync(ab);
console.log(new Uint8Array(ab).some((b) => b !== 0));

const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3, 7);
  if (n < 3 || n >= 7 || !Number.isInteger(n)) console.log('out of range', n);
  seen.add(n);
}
console.log([...seen].sort().join(','));
console.log(crypto.randomInt(1) === 0, crypto.randomInt(-5, -4) === -5);
const big = crypto.randomInt(2 ** 48 - 1);
console.log(Number.isSafeInteger(big) && big >= 0);

const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
console.log(re.test(crypto.randomUUID()), re.test(crypto.randomUUID({ disableEntropyCache: true })),
  crypto.randomUUID() !== crypto.randomUUID());
const values = new Int32Array(16);
console.log(crypto.getRandomValues(values) === values, values.some((v) => v !== 0));
console.log(crypto.getRandomValues(new BigUint64Array(2)).length);
