'use strict';
// Seeded differential test of megabyte-sized base64, base64url and hex
// decoding (the vector paths), with junk and padding dropped in; the
// golden output comes from node 20.
let seed = 99; function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const out = [];
function h(b) { let x = 0; for (let i = 0; i < b.length; i++) x = (x * 31 + b[i]) | 0; return b.length + ':' + x; }
for (let it = 0; it < 6; it++) {
  const bytes = Buffer.alloc(400000 + rnd(800000)); for (let i = 0; i < bytes.length; i++) bytes[i] = rnd(256);
  let s = bytes.toString(it % 2 ? 'base64' : 'base64url');
  if (it > 1) { const p = rnd(s.length); s = s.slice(0, p) + (it % 3 ? ' ' : '=') + s.slice(p); }
  out.push(h(Buffer.from(s, 'base64')), h(Buffer.from(s.slice(1), 'base64')), Buffer.from(s, 'base64').equals(bytes));
  const hex = bytes.toString('hex'); out.push(h(Buffer.from(hex.slice(0, 2 * rnd(hex.length / 2)) + 'zz' + hex, 'hex')));
}
console.log(out.join('\n'));
