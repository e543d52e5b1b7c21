'use strict';
// Floats, doubles and 64-bit BigInts in both byte orders, with range errors.
function show(fn) {
  try {
    console.log(fn());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
}
const b = Buffer.alloc(16);
for (const v of [0, -0, 1.5, -2.25, 3.4e38, 1e-45, Infinity, -Infinity, NaN, 0.1, 123456789.123]) {
  b.fill(0);
  b.writeFloatLE(v, 0);
  b.writeFloatBE(v, 4);
  b.writeDoubleLE(v, 8);
  console.log(v, b.toString('hex'), b.readFloatLE(0), b.readFloatBE(4), b.readDoubleLE(8),
              Object.is(b.readDoubleLE(8), v));
  console.log(b.writeDoubleBE(v, 8), b.toString('hex', 8), b.readDoubleBE(8));
}
console.log(b.writeFloatLE('2.5', 0), b.readFloatLE(), b.writeDoubleLE(true, 0), b.readDoubleLE());
show(() => b.readFloatLE(13));
show(() => b.readDoubleBE(9));
show(() => b.readDoubleLE(-1));
show(() => b.writeFloatBE(1, 14));
show(() => b.writeDoubleLE(1, 0.5));
show(() => Buffer.alloc(3).readFloatLE(0));
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n]) {
  b.fill(0);
  b.writeBigInt64LE(v, 0);
  b.writeBigInt64BE(v, 8);
  console.log(String(v), b.toString('hex'), String(b.readBigInt64LE(0)), String(b.readBigInt64BE(8)),
              String(b.readBigUInt64LE(0)), String(b.readBigUint64BE(8)));
}
console.log(b.writeBigUInt64LE(2n ** 64n - 1n, 0), b.writeBigUint64BE(5n, 8), b.toString('hex'),
            b.writeBigUint64LE(0n), String(b.readBigUint64LE()));
show(() => b.writeBigUInt64LE(2n ** 64n, 0));
show(() => b.writeBigUInt64BE(-1n, 0));
show(() => b.writeBigInt64LE(2n ** 63n, 0));
show(() => b.writeBigInt64BE(-(2n ** 63n) - 1n, 0));
show(() => b.writeBigInt64LE(1, 0));
show(() => b.readBigInt64LE(9));
show(() => b.readBigUInt64BE(-1));
show(() => b.writeBigInt64BE(1n, 9));
