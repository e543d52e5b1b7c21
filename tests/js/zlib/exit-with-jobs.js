'use strict';
// process.exit() while zlib, crypto and fs work is still on the thread pool:
// the process ends with the code given, no callback of that work runs, and
// the teardown neither calls into the gone JavaScript nor crashes (jobs
// still queued are cancelled, the running ones are waited for and dropped).
const crypto = require('crypto');
const fs = require('fs');
const zlib = require('zlib');

const never = (what) => () => console.log('callback ran after exit:', what);
const data = Buffer.alloc(8 * 1024 * 1024);
for (let i = 0; i < data.length; i++) data[i] = (i * 7919) % 251;

// A stream whose writes are on the pool, one-shot jobs, and more jobs than
// threads, so that some run and some wait in the queue at exit.
const gzip = zlib.createGzip();
gzip.on('data', never('gzip data'));
gzip.end(data);
zlib.deflate(data, never('deflate'));
for (let i = 0; i < 6; i++) crypto.pbkdf2('password', `salt${i}`, 300000, 32, 'sha256', never('pbkdf2'));
crypto.randomBytes(1024, never('randomBytes'));
crypto.scrypt('password', 'salt', 64, never('scrypt'));
fs.readFile(__filename, never('readFile'));

process.on('exit', (code) => console.log('exit', code));
setImmediate(() => {
  console.log('exiting with work in flight');
  process.exit(3);
});
