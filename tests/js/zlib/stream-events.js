// A gzip stream piped into a gunzip stream: event order, flush() producing
// output before the end, bytesWritten, and params() between writes.
const zlib = require('zlib');
const log = [];
const gzip = zlib.createGzip();
const gunzip = zlib.createGunzip();
for (const [name, s] of [['gzip', gzip], ['gunzip', gunzip]]) {
  for (const ev of ['finish', 'end', 'close']) s.on(ev, () => log.push(`${name} ${ev}`));
}
let text = '';
gunzip.on('data', (d) => {
  text += d;
  log.push(`gunzip data ${JSON.stringify(String(d))}`);
});
gzip.pipe(gunzip);
gzip.write('first part ');
gzip.flush(() => {
  log.push('flushed');
  gzip.params(1, zlib.constants.Z_DEFAULT_STRATEGY, () => {
    log.push('params done');
    gzip.end('second part');
  });
});
gunzip.on('close', () => {
  log.push(`text ${text} bytesWritten=${gzip.bytesWritten}`);
  console.log(log.join('\n'));
});
