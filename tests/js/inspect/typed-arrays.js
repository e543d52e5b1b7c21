// Typed arrays, ArrayBuffer, SharedArrayBuffer and DataView.
const { inspect } = require('util');
console.log(inspect(new Uint8Array([1, 2, 255])));
console.log(inspect(new Int16Array([-1, 2])), inspect(new Float32Array([0.5, -0])));
console.log(inspect(new BigInt64Array([1n, -2n])), inspect(new BigUint64Array(1)));
console.log(inspect(new Uint8ClampedArray(0)), inspect(new Float64Array(3)));
console.log(inspect(new Uint8Array(200)));
const buf = new ArrayBuffer(8);
new Uint8Array(buf).set([1, 2, 3, 16, 255]);
console.log(inspect(buf));
console.log(inspect(new ArrayBuffer(0)));
console.log(inspect(new ArrayBuffer(120)));
console.log(inspect(new DataView(buf, 2, 4)));
console.log(inspect(new SharedArrayBuffer(2)));
const ta = new Uint16Array([1, 2]);
ta.extra = 'x';
console.log(inspect(ta));
console.log(inspect(new Uint8Array([1, 2, 3]), { showHidden: true }));
console.log(inspect(new Uint8Array(10), { maxArrayLength: 3 }));
console.log(inspect(buf, { maxArrayLength: 2 }));
console.log(inspect(Object.setPrototypeOf(new Uint8Array(2), null)));
class MyBytes extends Uint8Array {}
console.log(inspect(new MyBytes(2)));
console.log(inspect(new Int32Array([1e6, 2e6, 3e6, 4e6, 5e6, 6e6, 7e6, 8e6])));
console.log(inspect(new Float64Array([1234567.891]), { numericSeparator: true }));
