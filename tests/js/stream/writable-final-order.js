// end() runs _final, then 'prefinish', 'finish', the end callback and
// 'close'; writes after end fail with ERR_STREAM_WRITE_AFTER_END.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push(`write ${chunk}`);
    cb();
  },
  final(cb) {
    log.push('final');
    setImmediate(cb);
  },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => log.push(ev));
w.on('error', (err) => log.push(`error ${err.code}`));
w.write('a');
w.end('b', (err) => log.push(`end cb ${err}`));
w.write('c', (err) => log.push(`write-after-end cb ${err.code}: ${err.message}`));
log.push(`writableEnded=${w.writableEnded} writableFinished=${w.writableFinished}`);
setTimeout(() => {
  log.push(`writableFinished=${w.writableFinished} destroyed=${w.destroyed}`);
  console.log(log.join('\n'));
}, 20);
