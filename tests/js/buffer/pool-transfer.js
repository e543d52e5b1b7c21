'use strict';
// Transferring a pooled Buffer's ArrayBuffer copies it: the pool (shared by
// other Buffers) is never detached. Buffers with their own memory transfer.
const { port1, port2 } = new MessageChannel();
const a = Buffer.from('hello world');
const b = Buffer.from('neighbour');
port1.postMessage(a, [a.buffer]);
console.log(a.length, a.toString(), b.toString());
const own = Buffer.alloc(8192, 1);
port1.postMessage(own, [own.buffer]);
console.log(own.length, own.buffer.byteLength);
const cloned = structuredClone(a, { transfer: [a.buffer] });
console.log(cloned.length, a.length, Buffer.from(cloned.buffer, cloned.byteOffset, cloned.length).toString());
let n = 0;
port2.on('message', (m) => {
  console.log('got', m.constructor.name, m.length, m[0]);
  if (++n === 2) port2.close();
});
