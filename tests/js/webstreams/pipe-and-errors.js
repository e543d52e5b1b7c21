// pipeTo: close, error and abort propagation, preventClose, AbortSignal,
// and the resulting states of both ends.
async function main() {
  const log = [];
  const source = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.close();
    },
  });
  const sink = new WritableStream({
    write(c) { log.push(`write ${c}`); },
    close() { log.push('close'); },
  });
  await source.pipeTo(sink);
  log.push(`locked ${source.locked} ${sink.locked}`);

  const failing = new ReadableStream({ pull(c) { c.error(new Error('source broke')); } });
  const sink2 = new WritableStream({ abort(r) { log.push(`abort ${r.message}`); } });
  await failing.pipeTo(sink2).catch((e) => log.push(`pipe rejected ${e.message}`));

  const source3 = new ReadableStream({ cancel(r) { log.push(`cancel ${r.message}`); } });
  const sink3 = new WritableStream({ start(c) { c.error(new Error('sink broke')); } });
  await source3.pipeTo(sink3).catch((e) => log.push(`pipe3 rejected ${e.message}`));

  const source4 = ReadableStream.from(['x']);
  const sink4 = new WritableStream({ close() { log.push('must not close'); } });
  await source4.pipeTo(sink4, { preventClose: true });
  const w4 = sink4.getWriter();
  log.push(`preventClose still writable desired=${w4.desiredSize}`);
  w4.releaseLock();

  const ac = new AbortController();
  const endless = new ReadableStream({ pull(c) { c.enqueue('tick'); return new Promise((r) => setTimeout(r, 5)); },
                                       cancel(r) { log.push(`endless cancel ${r.name}`); } });
  const slowSink = new WritableStream({ write() {}, abort(r) { log.push(`slow abort ${r.name}`); } });
  setTimeout(() => ac.abort(), 12);
  await endless.pipeTo(slowSink, { signal: ac.signal }).catch((e) => log.push(`aborted ${e.name} ${e.code}`));
  console.log(log.join('\n'));
}
main();
