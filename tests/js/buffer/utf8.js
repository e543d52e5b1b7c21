'use strict';
// UTF-8 edge cases: invalid sequences decode to U+FFFD per maximal subpart,
// lone surrogates encode as EF BF BD, writes never split a character.
const seqs = [[0xc3, 0xa9], [0xc3], [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xe2, 0x82], [0xe2, 0x82, 0xac],
              [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xf0, 0x9f, 0x98], [0xf4, 0x90, 0x80, 0x80],
              [0xf5], [0xff, 0xfe], [0x80, 0x41], [0xe2, 0x41], [0xf0, 0x9f, 0x41]];
const codes = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(',');
for (const s of seqs) {
  const b = Buffer.from([0x61, ...s, 0x62]);
  console.log(b.toString('hex'), codes(b.toString()), codes(Buffer.concat([Buffer.alloc(1100, 0x61), b]).toString().slice(1099)));
}
for (const s of ['\ud800', '\udc00x', 'a\ud83d', '\ud83d\ude00', '\ud83d\ud83d\ude00', 'x\udfff\ud800'])
  console.log(JSON.stringify(s), Buffer.from(s).toString('hex'), Buffer.byteLength(s),
              Buffer.from(s.repeat(600)).length, Buffer.byteLength(s.repeat(600)));
const target = Buffer.alloc(5, 0x2e);
for (const s of ['abcdef', 'ab€', 'abcd€', 'a😀', 'ab😀', 'é\ud800'])
  console.log(JSON.stringify(s), target.fill(0x2e).write(s), target.toString('hex'), target.write(s, 3), target.toString('hex'));
const long = '€'.repeat(2000) + 'x';
const small = Buffer.alloc(3001);
console.log(small.write(long), small.toString('hex', 2994), Buffer.from(long).toString() === long);
const mixed = 'plain ' + 'ñ€😀'.repeat(500);
console.log(Buffer.from(mixed).length, Buffer.from(mixed).toString() === mixed,
            Buffer.from(mixed).toString('utf8', 7, 20), Buffer.from(mixed, 'utf8').toString('latin1').length);
