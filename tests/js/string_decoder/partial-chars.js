'use strict';
// StringDecoder keeps characters cut across chunks for every encoding.
const { StringDecoder } = require('string_decoder');
function feed(encoding, chunks) {
  const d = new StringDecoder(encoding);
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  out.push(d.end());
  console.log(encoding, JSON.stringify(out), d.lastNeed, d.lastTotal);
}
feed('utf8', [[0xE2], [0x82], [0xAC, 0x41]]);
feed('utf8', [[0xF0, 0x9F], [0x98, 0x80]]);
feed('utf8', [[0xE2, 0x82], [0x41]]);
feed('utf8', [[0xE2]]);
feed('utf8', [[0xC3, 0xA9, 0xC3]]);
feed('utf16le', [[0x3D], [0xD8, 0x00], [0xDE]]);
feed('utf16le', [[0x61, 0x00, 0x3D, 0xD8]]);
feed('base64', [[0x66], [0x6F, 0x6F, 0x62], [0x61]]);
feed('base64url', [[0xFB, 0xFF]]);
feed('hex', [[0xDE, 0xAD], [0xBE]]);
feed('latin1', [[0xE9, 0xFF]]);
feed('ascii', [[0xE9, 0x41]]);
const d = new StringDecoder('utf-8');
d.write(Buffer.from([0xE2, 0x82]));
console.log(d.encoding, d.lastChar.subarray(0, 2), d.lastNeed, d.lastTotal, d.write('str'));
for (const bad of [() => new StringDecoder('nope'), () => d.write(5), () => new StringDecoder('ucs2').write([1])]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(new StringDecoder('binary').encoding, new StringDecoder('UCS-2').encoding, new StringDecoder().encoding);
