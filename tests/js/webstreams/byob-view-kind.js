'use strict';
// A BYOB read hands back a view of the same kind as the one given: a Buffer
// stays a Buffer (without the deprecated Buffer() call and its warning),
// a DataView a DataView, a Uint16Array counts elements.
process.on('warning', (w) => console.log('warning', w.code));

async function main() {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      new Uint8Array(v.buffer, v.byteOffset, v.byteLength).fill(++n);
      c.byobRequest.respond(Math.min(v.byteLength, 4));
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let r = await reader.read(Buffer.alloc(3));
  console.log(r.value.constructor.name, Buffer.isBuffer(r.value), r.value);
  r = await reader.read(new DataView(new ArrayBuffer(2)));
  console.log(r.value.constructor.name, r.value.byteLength);
  r = await reader.read(new Uint16Array(4));
  console.log(r.value.constructor.name, r.value.length);
  class Sub extends Uint8Array {}
  r = await reader.read(new Sub(2));
  console.log(r.value.constructor.name, r.value instanceof Sub);
}
main();
