'use strict';
// The callback forms run on the thread pool and call back after the current
// tick; randomInt answers from its byte cache on the next tick. The calls
// are chained so that the order does not depend on the pool's threads.
const crypto = require('crypto');

crypto.randomBytes(4, (err, b) => {
  console.log('randomBytes', err, b.length);
  const buf = new Uint16Array(4);
  crypto.randomFill(buf, 1, 2, (err2, b2) => {
    console.log('randomFill', err2, b2 === buf, buf[0], buf[3]);
    crypto.randomFill(new ArrayBuffer(4), (err3, b3) => {
      console.log('randomFill ab', err3, b3.byteLength);
      crypto.randomInt(10, (err4, n) => {
        console.log('randomInt first', err4, n >= 0 && n < 10);
        crypto.randomInt(5, 6, (err5, m) => console.log('randomInt cached', err5, m));
        process.nextTick(() => console.log('nextTick after randomInt'));
      });
    });
  });
});
process.nextTick(() => console.log('nextTick'));
console.log('sync end');
