// CompressionStream/DecompressionStream and the node <-> web adapters.
const { Readable, Writable } = require('stream');
(async () => {
  const text = 'compress me '.repeat(20);
  const cs = ReadableStream.from([new TextEncoder().encode(text)]).pipeThrough(new CompressionStream('gzip'));
  const chunks = [];
  for await (const c of cs) chunks.push(c);
  const gz = Buffer.concat(chunks);
  console.log('gzip magic', gz[0], gz[1], require('zlib').gunzipSync(gz).toString() === text);
  const ds = ReadableStream.from([gz]).pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream());
  let out = '';
  for await (const s of ds) out += s;
  console.log('round trip', out === text);
  const web = Readable.toWeb(Readable.from(['a', 'b']));
  for await (const c of web) console.log('toWeb', c);
  const node = Readable.fromWeb(ReadableStream.from(['x', 'y']), { objectMode: true });
  for await (const c of node) console.log('fromWeb', c);
  const got = [];
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } }));
  const w = ws.getWriter();
  await w.write(new TextEncoder().encode('hello'));
  await w.close();
  console.log('Writable.toWeb', got);
  const nw = Writable.fromWeb(new WritableStream({ write(c) { console.log('fromWeb write', c); } }));
  nw.write('abc');
  nw.end(() => console.log('fromWeb end'));
  try { new CompressionStream('zip'); } catch (e) { console.log(e.code, e.message); }
})();
