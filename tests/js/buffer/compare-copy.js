'use strict';
// compare, equals, copy and concat, including ranges and errors.
const show = (fn) => {
  try {
    const r = fn();
    console.log(Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
};
const a = Buffer.from('abcdef');
const b = Buffer.from('abcxyz');
console.log(Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a), Buffer.compare(a, a.subarray(0, 3)),
            Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)), Buffer.compare(new Uint8Array([1]), new Uint8Array([0, 2])));
console.log(a.compare(b), a.compare(b, 0, 3), a.compare(b, 0, 3, 0, 3), a.compare(b, 3), a.compare(b, 3, 6, 3, 6),
            a.compare(b, 6), a.compare(b, 0, 0, 2, 2), a.compare(b, 0, 1, 1, 1), a.compare(b, 1, 1, 0, 1));
show(() => a.compare('abc'));
show(() => Buffer.compare(a, 'x'));
show(() => Buffer.compare(1, a));
show(() => a.compare(b, -1));
show(() => a.compare(b, 0, 7));
show(() => a.compare(b, 0, 6, 0, 7));
show(() => a.compare(b, 1.5));
show(() => a.compare(b, '1'));
show(() => a.compare(b, 7, 6));
console.log(a.equals(Buffer.from('abcdef')), a.equals(b), a.equals(new Uint8Array(6)), a.equals(a), Buffer.alloc(0).equals(new Uint8Array(0)));
show(() => a.equals('abcdef'));
const t = Buffer.alloc(8, 0x2e);
console.log(a.copy(t), t.toString(), a.copy(t, 5), t.toString(), a.copy(t, 0, 4), t.toString(),
            a.copy(t, 2, 1, 3), t.toString(), a.copy(t, 10), a.copy(t, 0, 6), a.copy(t, 1.7, 0.5, 2.9), t.toString());
console.log(a.copy(t, '3'), t.toString(), a.copy(t, undefined, undefined, 99), a.copy(t, NaN, NaN, NaN), a.copy(new Uint8Array(2)));
show(() => a.copy(t, -1));
show(() => a.copy(t, 0, -1));
show(() => a.copy(t, 0, 7));
show(() => a.copy(t, 0, 0, -1));
show(() => a.copy('x'));
const overlap = Buffer.from('0123456789');
overlap.copy(overlap, 2, 0, 6);
console.log(overlap.toString());
show(() => Buffer.concat([a, b]).toString());
show(() => Buffer.concat([a, new Uint8Array([0x21])], 4).toString());
show(() => Buffer.concat([a], 9));
show(() => Buffer.concat([]));
show(() => Buffer.concat([a, 'x']));
show(() => Buffer.concat('ab'));
show(() => Buffer.concat([a], -1));
show(() => Buffer.concat([a], 1.5));
