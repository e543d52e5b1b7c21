// write() returns false at the highWaterMark, 'drain' follows once the
// buffer empties; synchronous callbacks are batched into one tick.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    log.push(`_write ${chunk} len=${this.writableLength}`);
    if (String(chunk) === 'async') setTimeout(cb, 1);
    else cb();
  },
});
w.on('drain', () => log.push(`drain len=${w.writableLength} needDrain=${w.writableNeedDrain}`));
log.push(`ret1 ${w.write('ab', () => log.push('cb ab'))}`);
log.push(`ret2 ${w.write('async', () => log.push('cb async'))}`);
log.push(`needDrain ${w.writableNeedDrain} len=${w.writableLength}`);
log.push(`ret3 ${w.write('cd', () => log.push('cb cd'))}`);
process.nextTick(() => log.push('tick'));
w.on('finish', () => log.push('finish'));
w.on('close', () => log.push('close'));
w.on('drain', () => w.end('z', () => log.push('end cb')));
setTimeout(() => console.log(log.join('\n')), 50);
