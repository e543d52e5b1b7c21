'use strict';
// timingSafeEqual: equal and unequal inputs of all byte source kinds, errors.
const crypto = require('crypto');

console.log(crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
console.log(crypto.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
console.log(crypto.timingSafeEqual(new ArrayBuffer(0), new Uint8Array(0)));
console.log(crypto.timingSafeEqual(new Uint16Array([258]), new Uint8Array([2, 1])));
console.log(crypto.timingSafeEqual(new DataView(new ArrayBuffer(4)), new Float32Array(1)));
for (const fn of [
  () => crypto.timingSafeEqual(new Uint8Array(1), new Uint8Array(2)),
  () => crypto.timingSafeEqual('a', 'b'),
  () => crypto.timingSafeEqual(new Uint8Array(1), 1),
]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const c = crypto.constants;
console.log(Object.keys(c).join(','));
console.log(c.RSA_PKCS1_PADDING, c.TLS1_3_VERSION, c.POINT_CONVERSION_HYBRID, typeof c.defaultCipherList);
