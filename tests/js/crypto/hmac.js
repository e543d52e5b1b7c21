'use strict';
// createHmac: RFC 4231 vectors, key types, output encodings, a second digest().
const crypto = require('crypto');
const hex = (x) => Array.from(x, (b) => b.toString(16).padStart(2, '0')).join('');

const key = new Uint8Array(20).fill(0x0b);
for (const alg of ['sha224', 'sha256', 'sha384', 'sha512']) {
  console.log(alg, crypto.createHmac(alg, key).update('Hi There').digest('hex'));
}
console.log(crypto.createHmac('sha256', 'Jefe').update('what do ya want ').update('for nothing?').digest('base64'));
console.log(crypto.createHmac('sha1', '').update('abc').digest('hex'));
console.log(crypto.createHmac('md5', new ArrayBuffer(3)).update('abc').digest('hex'));
console.log(crypto.createHmac('sha512', 'k'.repeat(300)).update('long key').digest('base64url'));
console.log(crypto.createHmac('sha3-256', '6b6579', { encoding: 'hex' }).update('data').digest('hex'));
console.log(hex(crypto.Hmac('sha1', 'key').update(new Uint8Array([1, 2, 3])).digest()));

const hm = crypto.createHmac('sha256', 'key');
console.log(hm.update('data').digest('hex'));
console.log(JSON.stringify(hm.digest('hex')), hm.digest().length);

function attempt(fn) {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
attempt(() => hm.update('more'));
attempt(() => crypto.createHmac('nope', 'k'));
attempt(() => crypto.createHmac('sha1'));
attempt(() => crypto.createHmac('sha1', 5));
attempt(() => crypto.createHmac(undefined, 'k'));
attempt(() => crypto.createHmac('sha1', 'k').update(5));
