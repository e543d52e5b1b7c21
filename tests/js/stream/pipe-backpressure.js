// pipe() pauses the source when the destination is full and resumes it on
// 'drain'; 'pipe', 'unpipe', 'finish' and 'end' in order.
const { Readable, Writable } = require('stream');
const log = [];
let n = 0;
const src = new Readable({
  highWaterMark: 2,
  read() {
    n++;
    if (n > 6) this.push(null);
    else this.push(String(n));
  },
});
const dst = new Writable({
  highWaterMark: 2,
  write(chunk, enc, cb) {
    log.push(`write ${chunk} paused=${src.isPaused()}`);
    setImmediate(cb);
  },
});
dst.on('pipe', (s) => log.push(`pipe ${s === src}`));
dst.on('unpipe', (s) => log.push(`unpipe ${s === src}`));
dst.on('drain', () => log.push('drain'));
dst.on('finish', () => log.push('finish'));
src.on('pause', () => log.push('pause'));
src.on('resume', () => log.push('resume'));
src.on('end', () => log.push('end'));
src.pipe(dst);
dst.on('close', () => console.log(log.join('\n')));
