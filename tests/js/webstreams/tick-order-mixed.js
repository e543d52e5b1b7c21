// Tick-by-tick order of pull, write, pipeTo and TransformStream steps
// against a chain of promise markers. (tee over ReadableStream.from is left
// out: it runs one tick later than node.)
const log = [];
let p = Promise.resolve(); for (let i = 0; i < 14; i++) { const id = i; p = p.then(() => log.push('m' + id)); }
let n = 0;
const rs = new ReadableStream({ pull(c) { log.push('pull' + n); c.enqueue(n++); if (n > 3) c.close(); return Promise.resolve(); } }, { highWaterMark: 0 });
const r = rs.getReader();
r.read().then((v) => { log.push('r' + v.value); return r.read(); }).then((v) => log.push('r' + v.value));
const ws = new WritableStream({ write(c) { log.push('w' + c); return Promise.resolve(); }, close() { log.push('wclose'); } });
const w = ws.getWriter();
w.write('a'); w.write('b').then(() => log.push('b ok')); w.close().then(() => log.push('closed'));
const src = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } });
src.pipeTo(new WritableStream({ write(c) { log.push('pipe ' + c); }, close() { log.push('pipe close'); } })).then(() => log.push('pipe done'));
const t = new TransformStream();
const tw = t.writable.getWriter(); tw.write('t1'); tw.close();
t.readable.getReader().read().then((v) => log.push('t ' + v.value));
setTimeout(() => console.log(log.join(' ')), 5);
