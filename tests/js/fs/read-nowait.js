// fs.read serves what the page cache holds on the loop thread (RWF_NOWAIT)
// and sends the rest to the thread pool. Whatever path a read takes, the
// callback is asynchronous, a regular file's read is whole, a pipe's read
// returns what the pipe holds, and an empty pipe never blocks the loop.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-nowait-'));
const file = path.join(dir, 'data.bin');
const size = 1024 * 1024;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i++) data[i] = (i * 7) % 253;
// Written 4 KiB at a time: one big write would fill the page cache with
// large folios, which the kernel only drops whole.
const fd = fs.openSync(file, 'w+');
for (let at = 0; at < size; at += 4096) fs.writeSync(fd, data, at, 4096, at);
fs.fsyncSync(fd);

// Drops the page cache for the second half of the file (clean pages only,
// hence the fsync): a read across the middle finds only its first part
// cached.
function dropSecondHalf() {
  execFileSync('dd', [`if=${file}`, 'iflag=nocache', 'of=/dev/null', 'bs=64K', `skip=${size / 2 / 65536}`, 'count=8'],
    { stdio: 'ignore' });
}

const steps = [
  // 1. A cached read: its callback comes after the synchronous code, the
  //    nextTick queue and the microtasks, as a pool read's would.
  (next) => {
    const order = [];
    const buf = Buffer.alloc(4096);
    fs.read(fd, buf, 0, 4096, 0, (err, n) => {
      order.push(`callback ${err} ${n} ${buf.equals(data.subarray(0, 4096))}`);
      console.log('cached read:', order.join(', '));
      next();
    });
    order.push('sync');
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('microtask'));
  },
  // 2. A read across the cached/uncached boundary at an explicit position.
  (next) => {
    dropSecondHalf();
    const length = 256 * 1024;
    const at = size / 2 - 64 * 1024;
    const buf = Buffer.alloc(length);
    fs.read(fd, buf, 0, length, at, (err, n) => {
      console.log('half-cached read at a position:', err, n === length, buf.equals(data.subarray(at, at + length)));
      next();
    });
  },
  // 3. The same at the current file position, which must end up after the
  //    whole read.
  (next) => {
    const at = size / 2 - 32 * 1024;
    const skipped = Buffer.alloc(at);
    fs.readSync(fd, skipped, 0, at, 0);
    // readSync with a position leaves the file position alone: move it.
    const before = Buffer.alloc(at);
    fs.readSync(fd, before, 0, at, null);
    dropSecondHalf();
    const length = 128 * 1024;
    const buf = Buffer.alloc(length);
    fs.read(fd, buf, 0, length, null, (err, n) => {
      const tail = Buffer.alloc(16);
      const m = fs.readSync(fd, tail, 0, 16, null);
      console.log('half-cached read at the file position:', err, n === length,
                  buf.equals(data.subarray(at, at + length)),
                  m === 16 && tail.equals(data.subarray(at + length, at + length + 16)));
      next();
    });
  },
  // 4. The end of the file: a short read, then 0.
  (next) => {
    const buf = Buffer.alloc(1000);
    fs.read(fd, buf, 0, 1000, size - 300, (err, n) => {
      fs.read(fd, buf, 0, 1000, size, (err2, n2) => {
        console.log('end of file:', err, n, err2, n2);
        next();
      });
    });
  },
  // 5. A FIFO (no RWF_NOWAIT: straight to the pool): an empty one waits
  //    there while timers keep running.
  (next) => {
    const fifo = path.join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const pfd = fs.openSync(fifo, 'r+');
    let ticks = 0;
    const interval = setInterval(() => ticks++, 5);
    setTimeout(() => fs.writeSync(pfd, 'ping'), 150);
    const buf = Buffer.alloc(65536);
    fs.read(pfd, buf, 0, 65536, null, (err, n) => {
      clearInterval(interval);
      console.log('empty fifo:', err, n, buf.toString('latin1', 0, n), 'timers ran meanwhile:', ticks > 0);
      fs.closeSync(pfd);
      next();
    });
  },
  // 6. A child's stdin, a socket: empty, the read waits on the pool while
  //    timers run; holding a few bytes, it gives those at once instead of
  //    waiting for the rest of the buffer (the parent keeps the pipe open
  //    until the child has exited).
  (next) => {
    const child = require('child_process').spawn(process.execPath, ['-e', `
      const fs = require('fs');
      const buf = Buffer.alloc(65536);
      let ticks = 0;
      const interval = setInterval(() => ticks++, 5);
      fs.read(0, buf, 0, 65536, null, (err, n) => {
        clearInterval(interval);
        fs.writeSync(1, 'empty socket: ' + err + ' ' + n + ' ' + buf.toString('latin1', 0, n) +
                        ' timers ran meanwhile: ' + (ticks > 0) + '\\n');
        setTimeout(() => {
          fs.read(0, buf, 0, 65536, null, (err2, n2) => {
            fs.writeSync(1, 'socket with data: ' + err2 + ' ' + n2 + ' ' + buf.toString('latin1', 0, n2) + '\\n');
          });
        }, 100);
      });
      fs.writeSync(1, 'reading\\n');
    `], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('latin1');
    child.stdout.on('data', (text) => {
      out += text;
      if (text.includes('reading')) setTimeout(() => child.stdin.write('ping'), 150);
      if (text.includes('empty socket')) child.stdin.write('pong');
    });
    child.on('close', (code) => {
      child.stdin.end();
      process.stdout.write(out);
      console.log('child exited:', code);
      next();
    });
  },
  // 7. Errors still come from the read itself.
  (next) => {
    fs.read(fd + 1000, Buffer.alloc(10), 0, 10, 0, (err) => {
      console.log('bad fd:', err.code, err.syscall);
      const dfd = fs.openSync(dir, 'r');
      fs.read(dfd, Buffer.alloc(10), 0, 10, null, (err2) => {
        console.log('directory:', err2.code, err2.syscall);
        fs.closeSync(dfd);
        next();
      });
    });
  },
];

(function run(i) {
  if (i === steps.length) {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
    console.log('done');
    return;
  }
  steps[i](() => run(i + 1));
})(0);
