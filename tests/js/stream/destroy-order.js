// destroy(err): the _destroy callback, then 'error' and 'close' on the next
// tick; a second destroy() is ignored; emitClose: false suppresses 'close'.
const { Readable, Writable, Duplex } = require('stream');
const log = [];
const r = new Readable({
  read() {},
  destroy(err, cb) {
    log.push(`_destroy ${err && err.message}`);
    cb(err);
  },
});
r.on('error', (err) => log.push(`r error ${err.message} errored=${r.errored === err}`));
r.on('close', () => log.push(`r close destroyed=${r.destroyed} closed=${r.closed}`));
r.destroy(new Error('boom'));
r.destroy(new Error('again'));
log.push(`sync destroyed=${r.destroyed}`);
process.nextTick(() => log.push('tick'));

const w = new Writable({ write(c, e, cb) { cb(); }, emitClose: false });
w.on('close', () => log.push('w close (unexpected)'));
w.write('x', (err) => log.push(`w write cb ${err ? err.code : err}`));
w.destroy();
w.write('y', (err) => log.push(`w write after destroy ${err.code}`));

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
d.on('close', () => log.push('d close'));
d.on('end', () => log.push('d end (unexpected)'));
d.destroy();
log.push(`d destroyed=${d.destroyed} readable=${d.readable} writable=${d.writable}`);

setTimeout(() => console.log(log.join('\n')), 10);
