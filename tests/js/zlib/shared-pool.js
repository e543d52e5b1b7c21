'use strict';
// zlib and crypto jobs run on the same thread pool as fs requests, as in
// node: with a pool of one thread (UV_THREADPOOL_SIZE=1) a slow pbkdf2
// holds back the deflate and the stat queued behind it, which then finish
// in the order they were queued. The pool's size is read from the
// environment when the pool starts, so the jobs run in a child process.
const { execFileSync } = require('child_process');

if (process.argv[2] !== 'child') {
  const out = execFileSync(process.execPath, [__filename, 'child'], {
    env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
    encoding: 'utf8',
  });
  process.stdout.write(out);
  return;
}

const crypto = require('crypto');
const fs = require('fs');
const zlib = require('zlib');
const order = [];
const finish = (name) => {
  order.push(name);
  if (order.length === 3) console.log(order.join(' -> '));
};
// Long enough (tens of milliseconds) that a second pool would finish the
// others first.
crypto.pbkdf2('password', 'salt', 200000, 32, 'sha256', (err, key) => {
  if (err) throw err;
  finish(`pbkdf2 (${key.length} bytes)`);
});
zlib.deflate(Buffer.from('hello '.repeat(100)), (err, out) => {
  if (err) throw err;
  finish(`deflate (${zlib.inflateSync(out).length} bytes back)`);
});
fs.stat(__filename, (err, stats) => {
  if (err) throw err;
  finish(`stat (file: ${stats.isFile()})`);
});
console.log('queued');
