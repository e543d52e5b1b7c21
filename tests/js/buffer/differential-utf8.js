'use strict';
// Seeded random differential test: thousands of encode/decode/search/fill
// results are hashed; the golden hash comes from node 20. Set DUMP=1 to print
// every result and diff the two runtimes' output to find a mismatch.
let seed = 777;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const out = [];
function hs(s) { let x = 0; for (let i = 0; i < s.length; i++) x = (x * 31 + s.charCodeAt(i)) | 0; return s.length + ':' + x; }
function h(b) { let x = 0; for (let i = 0; i < b.length; i++) x = (x * 31 + b[i]) | 0; return b.length + ':' + x; }
const pieces = [[0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], [0xc0, 0x80], [0xe0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0x80], [0xe2, 0x82], [0xf0, 0x9f], [0xc3], [0xdf, 0xbf], [0xef, 0xbf, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf]];
for (let it = 0; it < 600; it++) {
  const arr = [];
  const n = 1000 + rnd(5000);
  const mode = rnd(4);
  while (arr.length < n) {
    if (rnd(mode === 0 ? 3 : 20) === 0) arr.push(...pieces[rnd(mode === 3 ? 2 : pieces.length)]); else arr.push(0x20 + rnd(90));
  }
  const b = Buffer.from(arr);
  const s = b.toString();
  out.push(hs(s), hs(b.toString('utf8', rnd(10), b.length - rnd(10))));
  out.push(h(Buffer.from(s)));
  const t = Buffer.alloc(rnd(n * 2));
  out.push(t.write(s) + ' ' + h(t));
  let str = '';
  for (let i = 0; i < 2000; i++) str += rnd(10) === 0 ? String.fromCharCode(0xd800 + rnd(0x800)) : rnd(5) === 0 ? String.fromCharCode(rnd(0x3000)) : 'x';
  out.push(h(Buffer.from(str)), Buffer.byteLength(str));
  const t2 = Buffer.alloc(rnd(6000));
  out.push(t2.write(str, rnd(3)) + ' ' + h(t2));
}
let x = 0; const all = out.join('\n'); for (let i = 0; i < all.length; i++) x = (x * 31 + all.charCodeAt(i)) | 0;
console.log(out.length, x);
if (process.env.DUMP) console.log(all);
