'use strict';
// punycode: RFC 3492 encoding and the domain label helpers.
const punycode = require('punycode');
console.log(punycode.version, Object.keys(punycode).join());
for (const s of ['ü', 'mañana', '日本語', 'abc', 'a-b', '\ud83d\ude00x']) {
  const encoded = punycode.encode(s);
  console.log(JSON.stringify(s), encoded, punycode.decode(encoded) === s);
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('user@ñ。com'), punycode.toUnicode('xn--maana-pta.com'));
console.log(punycode.ucs2.decode('a\ud83d\ude00\ud800'), punycode.ucs2.encode([0x61, 0x1F600]));
for (const bad of ['\x81', 'a-9zzzzzzzzzzzzzz', 'xn--日本xn--']) {
  try {
    console.log(punycode.decode(bad));
  } catch (err) {
    console.log(err.name, err.message);
  }
}
