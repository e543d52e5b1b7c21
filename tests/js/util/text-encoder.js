// TextEncoder: UTF-8 encoding, encodeInto, and lone surrogates.
const { TextEncoder } = require('util');
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('héllo €😀'), enc.encode(), enc.encode(undefined));
console.log(enc.encode('\ud800x\udc00'), enc.encode(123), enc.encode(null));
const dest = new Uint8Array(5);
console.log(enc.encodeInto('a€b😀', dest), dest);
console.log(enc.encodeInto('', new Uint8Array(0)));
console.log(enc.encodeInto('abc', new Uint8Array(10)));
console.log(enc, Object.prototype.toString.call(enc), TextEncoder === globalThis.TextEncoder);
for (const bad of [() => enc.encodeInto(1, dest), () => enc.encodeInto('x', []),
  () => TextEncoder.prototype.encode.call({}, 'x')]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
