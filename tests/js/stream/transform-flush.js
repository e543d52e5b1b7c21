// Transform: _transform output, _flush at end, objectMode, and the
// callback held back while the readable side is full.
const { Transform, PassThrough } = require('stream');
const log = [];
const t = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    for (const word of String(chunk).split(' ')) this.push({ word });
    cb();
  },
  flush(cb) {
    log.push('flush');
    cb(null, { word: '<eof>' });
  },
});
t.on('data', (d) => log.push(`data ${JSON.stringify(d)}`));
t.on('end', () => log.push('end'));
t.on('finish', () => log.push('finish'));
t.on('close', () => {
  log.push('close');
  const pt = new PassThrough({ highWaterMark: 1 });
  const results = [];
  results.push(pt.write('a'), pt.write('b'), pt.write('c'));
  log.push(`pt writes ${results.join(',')} readableLength=${pt.readableLength} writableLength=${pt.writableLength}`);
  pt.on('data', (c) => log.push(`pt data ${c}`));
  pt.on('drain', () => log.push('pt drain'));
  pt.end();
  pt.on('end', () => console.log(log.join('\n')));
});
t.write('hello big');
t.end('world');
