'use strict';
// structuredClone shares SharedArrayBuffer memory, copies large typed arrays
// and lets errors from getters through.
const sab = new SharedArrayBuffer(4);
const c = structuredClone({ a: sab, b: sab, v: new Int32Array(sab) });
c.v[0] = 42;
console.log(new Int32Array(sab)[0], c.a === c.b, c.v.buffer === c.a);
const big = new Uint8Array(1 << 20).fill(7);
console.log(structuredClone(big).reduce((a, b) => a + b, 0));
const d = structuredClone(new Map([[{ k: 1 }, new Set([1n])]]));
console.log(d);
try { structuredClone({ get x() { throw new Error('getter'); } }); } catch (e) { console.log(e.message); }
