'use strict';
// Seeded random differential test: thousands of encode/decode/search/fill
// results are hashed; the golden hash comes from node 20. Set DUMP=1 to print
// every result and diff the two runtimes' output to find a mismatch.
let seed = 4242;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
const junk = [' ', '\n', '=', '*', '\u00e9', '\u0100', '=='];
const out = [];
function h(b) { let x = 0; for (let i = 0; i < b.length; i++) x = (x * 31 + b[i]) | 0; return b.length + ':' + x; }
for (let it = 0; it < 4000; it++) {
  const n = rnd(400);
  let s = '';
  for (let i = 0; i < n; i++) s += rnd(150) === 0 ? junk[rnd(junk.length)] : A[rnd(rnd(10) === 0 ? 66 : 64)];
  if (rnd(2)) s += '='.repeat(rnd(3));
  out.push(h(Buffer.from(s, 'base64')), h(Buffer.from(s, 'base64url')));
  const t = Buffer.alloc(rnd(320));
  out.push(t.write(s, rnd(t.length + 1), "base64") + h(t));
  const raw = Buffer.from(s, 'latin1');
  out.push(Buffer.from(raw.toString('base64'), 'base64').equals(raw), raw.toString('base64url'), raw.toString('base64'));
}
let x = 0; const all = out.join('\n'); for (let i = 0; i < all.length; i++) x = (x * 31 + all.charCodeAt(i)) | 0;
console.log(out.length, x);
if (process.env.DUMP) console.log(all);
