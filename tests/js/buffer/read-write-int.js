'use strict';
// Integer reads and writes of every width and byte order, with node's errors.
function show(fn) {
  try {
    console.log(fn());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
}
const b = Buffer.from([0x01, 0x82, 0x03, 0xf4, 0x85, 0x06, 0xf7, 0x88]);
for (const m of ['readUInt8', 'readUint8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readUint16LE',
                 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readUint32BE',
                 'readInt32LE', 'readInt32BE'])
  console.log(m, [0, 1, 2].map((o) => b[m](o)).join(' '));
for (let w = 1; w <= 6; w++) {
  console.log(w, b.readUIntLE(1, w), b.readUIntBE(1, w), b.readIntLE(1, w), b.readIntBE(1, w),
              b.readUintLE(2, w), b.readUintBE(2, w));
}
const w = Buffer.alloc(8);
for (const [m, v] of [['writeUInt8', 255], ['writeInt8', -128], ['writeUInt16LE', 0xbeef],
                      ['writeUInt16BE', 0xbeef], ['writeInt16LE', -2], ['writeInt16BE', -32768],
                      ['writeUInt32LE', 0xdeadbeef], ['writeUInt32BE', 0xdeadbeef],
                      ['writeInt32LE', -123456789], ['writeInt32BE', 2147483647],
                      ['writeUint8', 7], ['writeUint16LE', 7], ['writeUint32BE', 7],
                      ['writeUInt16LE', 1.9], ['writeInt16BE', -1.5], ['writeUInt32LE', NaN]]) {
  w.fill(0);
  console.log(m, v, w[m](v, 1), w.toString('hex'));
}
for (let n = 1; n <= 6; n++) {
  w.fill(0);
  console.log(n, w.writeUIntLE(2 ** (8 * n) - 3, 0, n), w.toString('hex'),
          w.writeUIntBE(2 ** (8 * n) - 3, 0, n), w.toString('hex'),
          w.writeIntLE(-(2 ** (8 * n - 1)) + 5, 0, n), w.toString('hex'),
          w.writeIntBE(-(2 ** (8 * n - 1)) + 5, 0, n), w.toString('hex'),
          w.writeUintLE(9, 1, n), w.writeUintBE(9, 1, n));
}
show(() => b.readUInt8(8));
show(() => b.readUInt8(-1));
show(() => b.readUInt8(1.5));
show(() => b.readUInt8('1'));
show(() => b.readUInt16LE(7));
show(() => b.readUInt32BE(5));
show(() => b.readInt32LE(NaN));
show(() => Buffer.alloc(2).readUInt32LE(0));
show(() => Buffer.alloc(0).readInt8(0));
show(() => b.readUIntLE(0, 7));
show(() => b.readUIntLE(0, 0));
show(() => b.readIntBE(0, 2.5));
show(() => b.readUIntBE(0));
show(() => b.readIntLE());
show(() => b.readUIntLE(4, 6));
show(() => w.writeUInt8(256, 0));
show(() => w.writeInt8(-129, 0));
show(() => w.writeUInt16LE(65536, 0));
show(() => w.writeInt16BE(-32769, 0));
show(() => w.writeUInt32LE(-1, 0));
show(() => w.writeInt32BE(2 ** 31, 0));
show(() => w.writeUIntLE(2 ** 48, 0, 6));
show(() => w.writeIntBE(2 ** 39, 0, 5));
show(() => w.writeUIntBE(5, 0, 7));
show(() => w.writeUInt32LE(1, 6));
show(() => w.writeUInt16BE(1, '0'));
show(() => w.writeUInt8(1, 8));
show(() => w.writeUIntLE(1, undefined, 2));
show(() => w.writeInt16LE(1, 1.5));
console.log(w.writeUInt8(3), w.writeUInt16LE(3), w.readUInt16LE(), w.readInt8());
