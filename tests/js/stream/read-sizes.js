// read(n) in paused mode: partial reads, reads larger than the buffer,
// highWaterMark growth, unshift and objectMode counts.
const { Readable } = require('stream');
const r = new Readable({ read() {}, highWaterMark: 8 });
r.push('abcdef');
r.push('ghij');
console.log('length', r.readableLength);
console.log('read(3)', String(r.read(3)));
console.log('read(5)', String(r.read(5)));
console.log('read(10) not enough', r.read(10));
r.unshift('XY');
console.log('after unshift', r.readableLength);
console.log('read()', String(r.read()));
r.push('0123456789abcdefghij');
console.log('read(20)', String(r.read(20)), 'hwm', r.readableHighWaterMark);
const o = new Readable({ objectMode: true, read() {} });
o.push({ a: 1 });
o.push('str');
o.push(0);
console.log('objects', o.readableLength, o.read(), o.read(5), o.read());
try {
  o.push(null);
  o.push('late');
} catch (e) {
  console.log('threw', e.code);
}
o.on('error', (e) => console.log('error event', e.code, e.message));
