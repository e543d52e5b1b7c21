'use strict';
// createHash: every common algorithm, input encodings, output encodings and copy().
const crypto = require('crypto');
const hex = (x) => Array.from(x, (b) => b.toString(16).padStart(2, '0')).join('');

for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3-256', 'sha3-384',
  'sha3-512', 'sha512-256', 'RSA-SHA256', 'SHA256', 'ripemd160']) {
  console.log(alg, crypto.createHash(alg).update('hello ').update('wörld').digest('hex'));
}
console.log(crypto.createHash('sha256').update('68656c6c6f', 'hex').digest('base64'));
console.log(crypto.createHash('sha256').update('aGVsbG8=', 'base64').digest('base64url'));
console.log(crypto.createHash('sha256').update('héllo', 'latin1').digest('hex'));
console.log(crypto.createHash('sha256').update('héllo', 'utf16le').digest('hex'));
console.log(crypto.createHash('sha256').update('héllo', 'buffer').digest('hex'));
console.log(hex(crypto.createHash('md5').update(new Uint16Array([1, 2, 3])).digest()));
console.log(hex(crypto.createHash('md5').update(new DataView(new ArrayBuffer(3))).digest('buffer')));
console.log(JSON.stringify(crypto.createHash('md5').update('x').digest('latin1')));
console.log(crypto.createHash('sha1').digest('base64'));
console.log(crypto.createHash('shake256', { outputLength: 5 }).digest('hex'));
console.log(crypto.createHash('shake128').digest('hex'));

const h = crypto.createHash('sha1').update('a');
const h2 = h.copy();
h2.update('b');
console.log(h.digest('hex'), h2.digest('hex'));
console.log(crypto.createHash('sha256').update('a').update('b').digest('hex') ===
  crypto.createHash('sha256').update('ab').digest('hex'));
console.log(crypto.Hash('md5').update('abc').digest('hex'));

const big = 'x'.repeat(1 << 20);
console.log(crypto.createHash('sha256').update(big).digest('hex'));

const hashes = crypto.getHashes();
console.log(Array.isArray(hashes), ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'sha512-256'].every((n) => hashes.includes(n)));
