// A gzip stream piped into a gunzip stream: each stream's own event order,
// flush() producing output before the end, bytesWritten, and params()
// between writes. (The two streams' events are logged apart: their relative
// order depends on the thread pool, in node as here.)
const zlib = require('zlib');
const logs = { gzip: [], gunzip: [] };
const gzip = zlib.createGzip();
const gunzip = zlib.createGunzip();
for (const [name, s] of [['gzip', gzip], ['gunzip', gunzip]]) {
  for (const ev of ['finish', 'end', 'close']) s.on(ev, () => logs[name].push(ev));
}
let text = '';
gunzip.on('data', (d) => {
  text += d;
  logs.gunzip.push(`data ${JSON.stringify(String(d))}`);
});
gzip.pipe(gunzip);
gzip.write('first part ');
gzip.flush(() => {
  logs.gzip.push('flushed');
  gzip.params(1, zlib.constants.Z_DEFAULT_STRATEGY, () => {
    logs.gzip.push('params done');
    gzip.end('second part');
  });
});
gunzip.on('close', () => {
  console.log('gzip:', logs.gzip.join(', '));
  console.log('gunzip:', logs.gunzip.join(', '));
  console.log(`text ${text} bytesWritten=${gzip.bytesWritten}`);
});
