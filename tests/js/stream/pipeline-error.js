// pipeline() destroys every stream when one fails and calls back once with
// the first error; stream/promises rejects the same way.
const { pipeline, Readable, Transform, Writable, PassThrough } = require('stream');
const pp = require('stream/promises');
const log = [];
const src = new Readable({ read() {} });
const mid = new Transform({
  transform(chunk, enc, cb) {
    if (String(chunk) === 'bad') cb(new Error('bad chunk'));
    else cb(null, chunk);
  },
});
const dst = new Writable({ write(c, e, cb) { log.push(`dst ${c}`); cb(); } });
for (const [name, s] of [['src', src], ['mid', mid], ['dst', dst]]) s.on('close', () => log.push(`${name} close`));
pipeline(src, mid, dst, (err) => {
  log.push(`callback ${err && err.message}`);
  log.push(`destroyed ${src.destroyed} ${mid.destroyed} ${dst.destroyed}`);
  pp.pipeline(Readable.from(['a', 'b']), new PassThrough(), async function (source) {
    for await (const chunk of source) log.push(`sink ${chunk}`);
    throw new Error('sink failed');
  }).catch((e) => {
    log.push(`promise rejected ${e.message}`);
    const premature = new PassThrough();
    pp.finished(premature).catch((e2) => {
      log.push(`finished ${e2.code}`);
      console.log(log.join('\n'));
    });
    premature.destroy();
  });
});
src.push('ok');
setImmediate(() => src.push('bad'));
