'use strict';
// Allocation (alloc/allocUnsafe/allocUnsafeSlow/SlowBuffer/of/copyBytesFrom),
// every Buffer.from source, the pool, and constants.
const buffer = require('buffer');
const show = (fn) => {
  try {
    const r = fn();
    console.log(Buffer.isBuffer(r) ? `${r.constructor.name}(${r.length}) ${r.toString('hex')}` : r);
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
};
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES,
            Buffer.poolSize, typeof buffer.SlowBuffer, Object.keys(buffer).sort().join());
show(() => Buffer.alloc(3));
show(() => Buffer.alloc(0));
show(() => Buffer.allocUnsafe(5).fill(1));
show(() => Buffer.allocUnsafeSlow(5).fill(2));
show(() => buffer.SlowBuffer(2).fill(3));
show(() => Buffer.of(1, 2, 300, -1));
show(() => Buffer.copyBytesFrom(new Uint16Array([1, 0x203, 4]), 1, 1));
show(() => Buffer.copyBytesFrom(new Float32Array([1.5])));
show(() => Buffer.copyBytesFrom(new Uint8Array(4), 9));
show(() => Buffer.copyBytesFrom([1, 2]));
for (const bad of [-1, 2 ** 33, NaN, '1', null, 1.5]) {
  show(() => Buffer.alloc(bad));
  show(() => Buffer.allocUnsafe(bad).length);
}
const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
show(() => Buffer.from(ab));
show(() => Buffer.from(ab, 2));
show(() => Buffer.from(ab, 2, 3));
show(() => Buffer.from(ab, '1', '2'));
show(() => Buffer.from(ab, NaN, -1));
show(() => Buffer.from(ab, 9));
show(() => Buffer.from(ab, 2, 7));
const shared = Buffer.from(ab, 1, 2);
new Uint8Array(ab)[1] = 0xff;
console.log(shared[0], shared.buffer === ab, shared.byteOffset);
show(() => Buffer.from([1, 2, 3, 256, -1, 'x', 1.9]));
show(() => Buffer.from(new Uint16Array([0x102, 0x304])));
show(() => Buffer.from(Buffer.from('abc')));
show(() => Buffer.from({ length: 3, 0: 7, 1: 8 }));
show(() => Buffer.from({ length: 'x' }));
show(() => Buffer.from({ type: 'Buffer', data: [4, 5] }));
show(() => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))));
show(() => Buffer.from(new String('str')));
show(() => Buffer.from({ valueOf() { return 'vo'; } }));
show(() => Buffer.from({ valueOf() { return [1, 2]; } }));
show(() => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }, 'latin1'));
show(() => Buffer.from({ buffer: new ArrayBuffer(2) }));
for (const bad of [5, null, undefined, true, Symbol('s'), () => {}, {}])
  show(() => Buffer.from(bad));
show(() => Buffer(2));
show(() => Buffer('ab'));
show(() => new Buffer('cd', 'latin1'));
show(() => Buffer(2, 'utf8'));
const small = [Buffer.from('a'), Buffer.from('bb'), Buffer.allocUnsafe(3)];
console.log(small.map((b) => b.byteOffset % 8).join(), small[0].buffer === small[1].buffer,
            Buffer.from('x'.repeat(5000)).byteOffset, Buffer.alloc(10).buffer.byteLength);
console.log(Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.isBuffer('a'),
            Buffer.alloc(1) instanceof Uint8Array, Buffer.from('a').subarray(0) instanceof Buffer,
            Buffer.from('ab').map((x) => x + 1) instanceof Buffer, Object.getPrototypeOf(Buffer) === Uint8Array);
buffer.INSPECT_MAX_BYTES = 3;
console.log(buffer.INSPECT_MAX_BYTES);
show(() => { buffer.INSPECT_MAX_BYTES = -1; });
show(() => { buffer.INSPECT_MAX_BYTES = '1'; });
