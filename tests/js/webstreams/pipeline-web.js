// stream.pipeline and compose across node and web streams.
const { pipeline, Readable, Writable, Duplex, compose } = require('stream');
const pp = require('stream/promises');
(async () => {
  const out = [];
  await pp.pipeline(ReadableStream.from(['a', 'b']), new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } }),
    new WritableStream({ write(c) { out.push(c); } }));
  console.log('web pipeline', out);
  const out2 = [];
  await pp.pipeline(Readable.from(['x', 'y']), new WritableStream({ write(c) { out2.push(c); } }));
  console.log('node -> web', out2);
  const out3 = [];
  await pp.pipeline(ReadableStream.from(['p', 'q']), new Writable({ objectMode: true, write(c, e, cb) { out3.push(c); cb(); } }));
  console.log('web -> node', out3);
  const d = Duplex.from(new TransformStream({ transform(c, ctl) { ctl.enqueue(c + '!'); } }));
  const res = await Readable.from(['m', 'n']).compose(d).toArray();
  console.log('compose', res);
  const util = require('util');
  try { new TextEncoderStream()[util.inspect.custom].call(); } catch (e) { console.log(e.code); }
})();
