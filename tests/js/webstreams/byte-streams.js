// Byte streams: BYOB reads with byobRequest.respond, element-size
// alignment (Uint16Array), reads smaller than the queued chunk,
// autoAllocateChunkSize for default readers, and the errors.
const log = (...a) => console.log(...a);
(async () => {
  let i = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      if (req) {
        log('byob view', req.view.byteLength);
        req.view.set([1, 2, 3].map((x) => x + i));
        req.respond(3);
      } else {
        c.enqueue(new Uint8Array([9, 9]));
      }
      if (++i > 2) c.close();
    },
  });
  log(rs);
  const reader = rs.getReader({ mode: 'byob' });
  log(reader);
  let r = await reader.read(new Uint8Array(8));
  log(r.value, r.done);
  r = await reader.read(new Uint16Array(4));
  log(r.value, r.done);
  r = await reader.read(new Uint8Array(8));
  log(r.value, r.done);
  r = await reader.read(new Uint8Array(8));
  log(r.value, r.done);
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); } });
  const rd = rs2.getReader({ mode: 'byob' });
  log(await rd.read(new Uint8Array(2)), await rd.read(new Uint8Array(2)), await rd.read(new Uint8Array(2)), await rd.read(new Uint8Array(2)));
  const rs3 = new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 4, pull(c) { c.byobRequest.view.set([7, 7]); c.byobRequest.respond(2); c.close(); } });
  for await (const chunk of rs3) log('auto', chunk);
  const rs4 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([5])); c.close(); } });
  for await (const chunk of rs4) log('default reader', chunk);
  try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { log(e.name, e.code); }
  try { await new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(0)); } catch (e) { log(e.name, e.code, e.message); }
})();
