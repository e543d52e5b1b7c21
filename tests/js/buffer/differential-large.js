'use strict';
// Seeded random differential test: thousands of encode/decode/search/fill
// results are hashed; the golden hash comes from node 20. Set DUMP=1 to print
// every result and diff the two runtimes' output to find a mismatch.
let seed = 999;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const encs = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const alpha = ['a', 'b', 'Z', '0', '9', '+', '/', '-', '_', '=', ' ', '\n', 'f', 'F', 'é', 'ÿ', '€', '\ud83d\ude00', '\ud800', '\udc00', '*'];
const out = [];
function t(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push('E ' + e.code + ' ' + e.name); } }
function h(b) { let x = 0; for (let i = 0; i < b.length; i++) x = (x * 31 + b[i]) | 0; return [b.length, x]; }
function hs(s) { let x = 0; for (let i = 0; i < s.length; i++) x = (x * 31 + s.charCodeAt(i)) | 0; return [s.length, x]; }
for (let iter = 0; iter < 200; iter++) {
  const n = 4000 + rnd(100000);
  let s = '';
  const mode = rnd(4);
  if (mode === 0) { const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'; for (let i = 0; i < n; i++) s += a[rnd(64)]; if (rnd(2)) s = s.slice(0, rnd(100)) + ' \n' + s.slice(100) + '=='; }
  else if (mode === 1) { for (let i = 0; i < n; i++) s += 'abcdef0123456789'[rnd(16)]; if (rnd(3) === 0) s = s.slice(0, rnd(n)) + 'g' + s; }
  else if (mode === 2) { for (let i = 0; i < n / 50; i++) s += 'plain ascii text chunk ' + alpha[rnd(alpha.length)] + ' more'; }
  else { for (let i = 0; i < n / 10; i++) s += 'abcdefghi' + String.fromCharCode(0x80 + rnd(0x80)); }
  const enc = encs[rnd(encs.length)];
  t(() => h(Buffer.from(s, enc)));
  t(() => Buffer.byteLength(s, enc));
  const b = Buffer.alloc(rnd(n * 2));
  const off = rnd(b.length + 1);
  t(() => [b.write(s, off, enc), h(b)]);
  t(() => hs(b.toString(enc)));
  t(() => hs(b.toString(enc, rnd(1000), b.length - rnd(1000))));
  t(() => b.indexOf(s.slice(rnd(100), 200 + rnd(100)), rnd(3) ? undefined : rnd(n) - n / 2, enc));
  t(() => b.lastIndexOf(s.slice(rnd(100), 200 + rnd(100)), rnd(3) ? undefined : rnd(n) - n / 2, enc));
  t(() => h(Buffer.alloc(rnd(5000)).fill(s.slice(0, rnd(300)), enc)));
  t(() => require('buffer').isUtf8(Buffer.from(s)));
  t(() => h(Buffer.from(s).swap32 ? Buffer.from(s.slice(0, 4096), 'latin1').swap32() : 0));
  t(() => h(Buffer.from(s, 'latin1').swap64 && Buffer.from(s.slice(0, 4096), 'latin1').swap64()));
}
let x = 0; const all = out.join('\n'); for (let i = 0; i < all.length; i++) x = (x * 31 + all.charCodeAt(i)) | 0;
console.log(out.length, x);
if (process.env.DUMP) console.log(all);
