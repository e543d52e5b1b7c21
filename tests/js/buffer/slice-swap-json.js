'use strict';
// slice/subarray views, swap16/32/64, toJSON, parent/offset, iteration.
const show = (fn) => {
  try {
    const r = fn();
    console.log(Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
};
const b = Buffer.from('0123456789');
for (const [s, e] of [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [100], [NaN, 3], ['2', '4'], [2.7, 6.2],
                      [-100, 3], [0, Infinity], [undefined, 4]]) {
  console.log(JSON.stringify([s, e]), b.slice(s, e).toString(), b.subarray(s, e).toString());
}
const view = b.slice(2, 4);
view[0] = 0x41;
console.log(b.toString(), view.buffer === b.buffer, view.parent === b.buffer, view.offset - b.offset,
            new Uint8Array(2).parent, Buffer.prototype.offset);
show(() => Buffer.from('0102030405060708', 'hex').swap16());
show(() => Buffer.from('0102030405060708', 'hex').swap32());
show(() => Buffer.from('0102030405060708', 'hex').swap64());
show(() => Buffer.alloc(3).swap16());
show(() => Buffer.alloc(6).swap32());
show(() => Buffer.alloc(12).swap64());
const big = Buffer.alloc(512);
for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
console.log(big.swap16().subarray(0, 6).toString('hex'), big.swap16().swap32().subarray(0, 8).toString('hex'),
            big.swap32().swap64().subarray(504).toString('hex'));
console.log(JSON.stringify(Buffer.from('hi!')), JSON.stringify(Buffer.alloc(0)), JSON.stringify({ b: Buffer.from([1]) }));
console.log([...Buffer.from('ab')].join(), [...Buffer.from('ab').keys()].join(), [...Buffer.from('ab').entries()].join('|'));
