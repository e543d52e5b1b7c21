'use strict';
// pbkdf2Sync, scryptSync and hkdfSync against known vectors, and their errors.
const crypto = require('crypto');
const hex = (x) => Array.from(x instanceof ArrayBuffer ? new Uint8Array(x) : x, (b) => b.toString(16).padStart(2, '0')).join('');

// RFC 6070.
console.log(hex(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1')));
console.log(hex(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1')));
console.log(hex(crypto.pbkdf2Sync('pw', new Uint8Array([1, 2]), 1000, 32, 'sha256')));
console.log(crypto.pbkdf2Sync('a', 'b', 1, 0, 'sha512').length);
// RFC 7914.
console.log(hex(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 })));
console.log(hex(crypto.scryptSync('password', 'NaCl', 64, { cost: 1024, blockSize: 8, parallelization: 16 })));
console.log(hex(crypto.scryptSync('password', 'salt', 16)));
// RFC 5869 test case 1.
const ikm = new Uint8Array(22).fill(0x0b);
const salt = new Uint8Array(13).map((_, i) => i);
const info = new Uint8Array(10).map((_, i) => 0xf0 + i);
const okm = crypto.hkdfSync('sha256', ikm, salt, info, 42);
console.log(okm instanceof ArrayBuffer, hex(okm));
console.log(hex(crypto.hkdfSync('sha512', 'key', '', '', 16)));

for (const fn of [
  () => crypto.scryptSync('a', 'b', 64, { N: 3 }),
  () => crypto.scryptSync('a', 'b', 64, { N: 16, maxmem: 10 }),
  () => crypto.scryptSync('a', 'b', 1, { N: 16, cost: 16 }),
  () => crypto.scryptSync('a', 'b', -1),
  () => crypto.hkdfSync('sha256', 'a', 'b', 'c', 255 * 32 + 1),
  () => crypto.hkdfSync('nope', 'a', 'b', 'c', 3),
  () => crypto.hkdfSync('sha256', 'a', 'b', 'c'.repeat(1025), 3),
  () => crypto.hkdfSync('sha256', 'a', 1, 'c', 3),
  () => crypto.pbkdf2Sync('a', 'b', 1, 32, 'nope'),
  () => crypto.pbkdf2Sync('a', 'b', 0, 32, 'sha1'),
  () => crypto.pbkdf2Sync('a', 'b', 1, 32),
  () => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'),
  () => crypto.pbkdf2('a', 'b', 1, 32, 'sha1'),
]) {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
