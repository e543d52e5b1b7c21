// The microtask order of web stream callbacks against plain promise
// markers: start, pull, read resolution, write, close and abort.
const log = [];
const mark = (s) => log.push(s);
let tick = 0;
function markers(n) {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) {
    const id = tick++;
    p = p.then(() => mark(`m${id}`));
  }
}
const rs = new ReadableStream({
  start(c) {
    mark('start');
    c.enqueue(1);
  },
  pull(c) {
    mark(`pull ${c.desiredSize}`);
    c.enqueue(2);
    if (c.desiredSize < 1) c.close();
  },
});
markers(4);
const reader = rs.getReader();
reader.read().then((r) => mark(`read1 ${r.value}`));
reader.read().then((r) => mark(`read2 ${r.value}`));
reader.read().then((r) => mark(`read3 ${r.done}`));
reader.closed.then(() => mark('closed'));

const ws = new WritableStream({
  start() {
    mark('ws start');
  },
  write(chunk) {
    mark(`ws write ${chunk}`);
  },
  close() {
    mark('ws close');
  },
  abort(reason) {
    mark(`ws abort ${reason}`);
  },
});
const writer = ws.getWriter();
writer.write('a').then(() => mark('a done'));
writer.write('b').then(() => mark('b done'));
writer.ready.then(() => mark('ready'));
writer.close().then(() => mark('close done'));
markers(6);

const ws2 = new WritableStream({ write() { return new Promise(() => {}); }, abort(r) { mark(`ws2 abort ${r}`); } });
const w2 = ws2.getWriter();
w2.write('stuck').catch((e) => mark(`stuck rejected ${e}`));
w2.abort('why').then(() => mark('abort done'));
w2.closed.catch((e) => mark(`ws2 closed rejected ${e}`));

const ts = new TransformStream({
  transform(chunk, c) {
    mark(`transform ${chunk}`);
    c.enqueue(chunk * 10);
  },
});
const tw = ts.writable.getWriter();
tw.write(1).then(() => mark('tw 1'));
tw.write(2).then(() => mark('tw 2'));
const tr = ts.readable.getReader();
tr.read().then((r) => mark(`tr ${r.value}`));
tr.read().then((r) => mark(`tr ${r.value}`));

setTimeout(() => console.log(log.join('\n')), 10);
