'use strict';
// createHash errors: unknown algorithms, bad input types, use after digest().
const crypto = require('crypto');

function attempt(fn) {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const h = crypto.createHash('sha256');
h.digest();
attempt(() => h.update('x'));
attempt(() => h.digest());
attempt(() => h.copy());
attempt(() => crypto.createHash('nope'));
attempt(() => crypto.createHash());
attempt(() => crypto.createHash(42));
attempt(() => crypto.createHash('md5').update(1));
attempt(() => crypto.createHash('md5').update(null));
attempt(() => crypto.createHash('md5').update({}));
attempt(() => crypto.createHash('sha256', { outputLength: 5 }));
attempt(() => crypto.createHash('shake256', { outputLength: -1 }));
attempt(() => crypto.createHash('shake256', { outputLength: 'a' }));
