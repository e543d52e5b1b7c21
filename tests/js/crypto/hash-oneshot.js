'use strict';
// crypto.hash(algorithm, data[, outputEncoding]).
const crypto = require('crypto');
const hex = (x) => Array.from(x, (b) => b.toString(16).padStart(2, '0')).join('');

console.log(crypto.hash('sha1', 'abc'));
console.log(crypto.hash('md5', 'abc', 'base64'));
console.log(crypto.hash('sha256', 'abc', 'base64url'));
console.log(hex(crypto.hash('sha1', new Uint8Array([1, 2, 3]), 'buffer')));
console.log(crypto.hash('sha512', '') === crypto.createHash('sha512').digest('hex'));
for (const fn of [() => crypto.hash('x', 'a'), () => crypto.hash('sha1', 'a', 'zz'), () => crypto.hash('sha1', 1),
  () => crypto.hash(1, 'a'), () => crypto.hash('sha1', 'a', null)]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
