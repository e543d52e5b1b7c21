'use strict';
// pbkdf2, scrypt and hkdf with callbacks: same keys as the sync forms,
// delivered from the thread pool after the current tick. The jobs are
// chained so that the output order does not depend on the pool's threads.
const crypto = require('crypto');
const hex = (x) => Array.from(x instanceof ArrayBuffer ? new Uint8Array(x) : x, (b) => b.toString(16).padStart(2, '0')).join('');

crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  console.log('pbkdf2', err, hex(key), hex(key) === hex(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1')));
  crypto.scrypt('password', 'salt', 16, { N: 1024 }, (err2, key2) => {
    console.log('scrypt', err2, hex(key2));
    crypto.scrypt('password', 'salt', 8, (err3, key3) => {
      console.log('scrypt defaults', err3, hex(key3));
      crypto.hkdf('sha512', 'key', 'salt', 'info', 8, (err4, key4) => {
        console.log('hkdf', err4, key4 instanceof ArrayBuffer, hex(key4));
      });
      process.nextTick(() => console.log('nextTick in callback'));
    });
  });
});
process.nextTick(() => console.log('nextTick'));
console.log('sync end');
