// Error codes and messages of misuse.
const { Readable, Writable, Duplex } = require('stream');
function show(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
}
const w = new Writable({ write(c, e, cb) { cb(); } });
show(() => w.write(null));
show(() => w.write(42));
show(() => w.write('x', 'nope'));
show(() => new Readable({ highWaterMark: -1 }));
const r0 = new Readable();
r0.on('error', (e) => console.log(`event r0 ${e.code}: ${e.message}`));
show(() => r0.read());
const w2 = new Writable();
w2.on('error', (e) => console.log(`event ${e.code}: ${e.message}`));
show(() => w2.write('a'));
const w3 = new Writable({ write(c, e, cb) { cb(); cb(); } });
w3.on('error', (e) => console.log(`event ${e.code}: ${e.message}`));
w3.write('a');
const r2 = new Readable({ read() {} });
r2.on('error', (e) => console.log(`event ${e.code}: ${e.message}`));
r2.push(null);
r2.push('x');
const w4 = new Writable({ write(c, e, cb) { cb(); } });
w4.end();
w4.on('finish', () => w4.end((e) => console.log(`end twice ${e.code}: ${e.message}`)));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, allowHalfOpen: false });
d.on('finish', () => console.log('duplex finish after end (allowHalfOpen false)'));
d.on('end', () => console.log('duplex end'));
d.resume();
d.push(null);
