// Readable/Writable/Transform streams: start/pull/write order, backpressure
// (desiredSize, ready), pipeThrough/pipeTo, tee, text streams, errors.
const log = (...a) => console.log(...a);
const rs = new ReadableStream({
  start(c) { log('start'); c.enqueue('a'); },
  pull(c) { log('pull', c.desiredSize); if (this.n = (this.n || 0) + 1, this.n > 2) c.close(); else c.enqueue('p' + this.n); },
  cancel(r) { log('cancel', r); },
}, { highWaterMark: 2 });
log(rs, rs.locked);
(async () => {
  const reader = rs.getReader();
  log(reader);
  let r;
  while (!(r = await reader.read()).done) log('read', r.value);
  log('done', r);
  await reader.closed;
  log('closed');
  const ws = new WritableStream({
    start() { log('ws start'); },
    write(chunk, c) { log('ws write', chunk); return new Promise((res) => setTimeout(res, 5)); },
    close() { log('ws close'); },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  log('desired', w.desiredSize);
  w.write('x').then(() => log('x written'));
  w.write('y').then(() => log('y written'));
  log('desired after', w.desiredSize);
  await w.ready;
  log('ready');
  await w.close();
  log('ws closed', ws);
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); }, flush(c) { c.enqueue('!'); } });
  const out = [];
  await ReadableStream.from(['a', 'b', 'c']).pipeThrough(ts).pipeTo(new WritableStream({ write(c) { out.push(c); } }));
  log('piped', out);
  const [b1, b2] = ReadableStream.from([1, 2]).tee();
  for await (const v of b1) log('b1', v);
  for await (const v of b2) log('b2', v);
  const te = new TextEncoderStream();
  const td = new TextDecoderStream();
  const res = [];
  await ReadableStream.from(['hé', '\ud83d', '\ude00']).pipeThrough(te).pipeThrough(td).pipeTo(new WritableStream({ write(c) { res.push(c); } }));
  log('text', res);
  const errored = new ReadableStream({ start(c) { c.error(new Error('bad')); } });
  try { await errored.getReader().read(); } catch (e) { log('err', e.message); }
  const r2 = new ReadableStream();
  const rd = r2.getReader();
  try { r2.getReader(); } catch (e) { log(e.name, e.code, e.message); }
  const p = rd.read();
  rd.releaseLock();
  try { await p; } catch (e) { log(e.name, e.code, e.message); }
  try { await rd.read(); } catch (e) { log(e.name, e.code, e.message); }
  log(new CountQueuingStrategy({ highWaterMark: 3 }), new ByteLengthQueuingStrategy({ highWaterMark: 5 }).size(new Uint8Array(4)));
})();
