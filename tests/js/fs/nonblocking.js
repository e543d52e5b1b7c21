// 100 readFile calls of a large file run on the thread pool: an interval
// keeps ticking while they are in flight, and every read is complete.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
const file = path.join(dir, 'big.bin');
const size = 1024 * 1024 + 7;
const data = new Uint8Array(size);
for (let i = 0; i < size; i++) data[i] = i % 251;
fs.writeFileSync(file, data);

let ticks = 0;
let ticksBeforeLast = -1;
const interval = setInterval(() => ticks++, 1);
let done = 0;
let allGood = true;
const started = Date.now();
for (let i = 0; i < 100; i++) {
  fs.readFile(file, (err, buf) => {
    if (err) throw err;
    if (buf.length !== size || buf[size - 1] !== (size - 1) % 251 || buf[1000] !== 1000 % 251) allGood = false;
    if (++done === 100) {
      ticksBeforeLast = ticks;
      clearInterval(interval);
      fs.rmSync(dir, { recursive: true });
      console.log('all reads complete and correct:', allGood);
      console.log('interval ticked while reads were in flight:', ticksBeforeLast > 0);
      console.log('temp dir removed:', !fs.existsSync(dir));
    }
  });
}
// The calls above only queued work: nothing has completed yet.
console.log('queued synchronously, completed so far:', done, Date.now() - started < 1000);
