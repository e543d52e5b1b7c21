'use strict';
// Seeded random differential test: thousands of encode/decode/search/fill
// results are hashed; the golden hash comes from node 20. Set DUMP=1 to print
// every result and diff the two runtimes' output to find a mismatch.
let seed = 12345;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const encs = ['utf8', 'ucs2', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const alpha = ['a', 'b', 'Z', '0', '9', '+', '/', '-', '_', '=', ' ', '\n', 'f', 'F', 'é', 'ÿ', '€', '\ud83d\ude00', '\ud800', '\udc00', '\u0161', '\u0100', '*', '.'];
function rstr(n) { let s = ''; for (let i = 0; i < n; i++) s += alpha[rnd(alpha.length)]; return s; }
function b64str(n) { const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= \n'; let s = ''; for (let i = 0; i < n; i++) s += a[rnd(rnd(4) === 0 ? a.length : 64)]; return s; }
function rbytes(n) { const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = rnd(8) === 0 ? 0x80 + rnd(128) : (rnd(3) ? 0x61 + rnd(3) : [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0xf0, 0x9f, 0xf4, 0x90][rnd(11)]); return b; }
const out = [];
function t(f) { try { out.push(JSON.stringify(f())); } catch (e) { out.push('E ' + e.code + ' ' + e.name); } }
for (let iter = 0; iter < 3000; iter++) {
  const s = rnd(2) ? rstr(rnd(20)) : b64str(rnd(30));
  const enc = encs[rnd(encs.length)];
  t(() => Buffer.from(s, enc).toString('hex'));
  t(() => Buffer.byteLength(s, enc));
  const b = Buffer.alloc(rnd(12), 0xaa);
  t(() => [b.write(s, rnd(b.length + 1), rnd(14), enc), b.toString('hex')]);
  const bytes = rbytes(rnd(40));
  const st = rnd(45) - 2, en = rnd(45) - 2;
  t(() => bytes.toString(enc, st, en));
  t(() => bytes.toString(enc));
  t(() => require('buffer').isUtf8(bytes));
  const needle = rnd(2) ? rstr(rnd(3)) : bytes.subarray(rnd(bytes.length + 1), rnd(bytes.length + 1)).toString('latin1');
  const off = rnd(3) ? rnd(50) - 25 : undefined;
  t(() => bytes.indexOf(needle, off, enc));
  t(() => bytes.lastIndexOf(needle, off, enc));
  t(() => bytes.indexOf(Buffer.from(needle, 'latin1'), off, enc));
  t(() => bytes.lastIndexOf(Buffer.from(needle, 'latin1'), off, enc));
  t(() => bytes.indexOf(rnd(300), off));
  t(() => bytes.lastIndexOf(rnd(300), off));
  t(() => Buffer.alloc(rnd(20)).fill(s, enc).toString('hex'));
  t(() => Buffer.alloc(rnd(20)).fill(bytes.subarray(0, rnd(5)), rnd(3)).toString('hex'));
  const o = rbytes(rnd(10));
  t(() => bytes.compare(o, rnd(12), rnd(12), rnd(12), rnd(12)));
  t(() => Buffer.compare(bytes.subarray(0, 3), o.subarray(0, 3)));
  t(() => Buffer.from(s, 'latin1').equals(Buffer.from(s, 'latin1')));
  t(() => { const x = Buffer.from(s, 'utf8'); return x.length % 2 === 0 ? x.swap16().toString('hex') : 0; });
}
let h = 0; const all = out.join('\n'); for (let i = 0; i < all.length; i++) h = (h * 31 + all.charCodeAt(i)) | 0;
console.log(out.length, h);
if (process.env.DUMP) console.log(all);
