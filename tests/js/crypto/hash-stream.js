'use strict';
// Hash and Hmac are Transform streams: what is written is hashed, the
// digest is pushed when the writable side ends.
const crypto = require('crypto');
const { PassThrough, Transform, pipeline } = require('stream');

const h = crypto.createHash('sha256');
console.log(h instanceof Transform);
const source = new PassThrough();
source.pipe(h).setEncoding('hex').on('data', (d) => {
  console.log('piped', d);
  // One digest() after the stream pushed its digest still gives it.
  console.log('digest after', h.digest('hex'));
  try {
    h.digest();
  } catch (err) {
    console.log(err.code);
  }
});
source.write('hello ');
source.end('world');

const hmac = crypto.createHmac('sha1', 'key');
hmac.on('data', (d) => console.log('hmac', d.toString('hex')));
hmac.write('abc', 'latin1');
hmac.end(Buffer.from('def'));

pipeline(async function* () { yield 'a'; yield 'b'; }, crypto.createHash('md5'), async function(src) {
  for await (const chunk of src) console.log('pipeline', chunk.toString('hex'));
}, (err) => console.log('pipeline done', err));

// A copy has the default XOF length unless told otherwise.
console.log(crypto.createHash('shake256', { outputLength: 4 }).copy().digest('hex'));
console.log(crypto.createHash('shake256', { outputLength: 4 }).copy({ outputLength: 2 }).digest('hex'));
console.log(typeof crypto.getFips(), crypto.getFips());
