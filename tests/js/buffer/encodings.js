'use strict';
// Every encoding and alias: from/toString round trips, byteLength, isEncoding.
const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
                   'UTF-16LE', 'latin1', 'binary', 'BINARY', 'ascii', 'base64',
                   'base64url', 'hex', 'HEX'];
const samples = ['', 'a', 'hello world', 'héllo wörld', '€ and 😀', '\u0000\u00ff\u0100',
                 'lone \ud800 surrogate', 'abc=', 'Zm9vYmFy', 'deadBEEF'];
for (const enc of encodings) {
  for (const s of samples) {
    const b = Buffer.from(s, enc);
    console.log(enc, JSON.stringify(s), b.toString('hex'), Buffer.byteLength(s, enc),
                JSON.stringify(b.toString(enc)));
  }
}
for (const e of ['utf8', 'UTF-8', 'Ucs2', 'binary', 'base64url', 'hex', '', 'utf16', 'raw',
                 'latin-1', null, undefined, 1, {}])
  console.log(String(e), Buffer.isEncoding(e));
for (const e of ['foo', 'utf16', 1]) {
  try {
    Buffer.from('a', 'ascii').toString(e);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try { Buffer.from('a', 'nope'); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)));
try { Buffer.byteLength(5); } catch (err) { console.log(err.code, err.message); }
const bytes = Buffer.from([0x00, 0x7f, 0x80, 0xff, 0x41]);
console.log(JSON.stringify(bytes.toString('ascii')), JSON.stringify(bytes.toString('latin1')),
            bytes.toString('ucs2').length, bytes.toString('base64'), bytes.toString('base64url'));
console.log(bytes.toString('hex', 1, 3), bytes.toString(undefined, 3), bytes.toString('hex', -5, 100),
            JSON.stringify(bytes.toString('hex', 4, 2)), bytes.toLocaleString('hex'));
