'use strict';
// indexOf, lastIndexOf and includes: strings, numbers, buffers, offsets, encodings.
const b = Buffer.from('abcdef\u00e9abcd\u20acab');
const show = (fn) => {
  try {
    console.log(fn());
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
};
for (const needle of ['a', 'ab', 'abc', 'cd', 'é', '€', 'z', '', 'ab\u20ac']) {
  const row = [];
  for (const off of [undefined, 0, 1, 3, -3, -100, 100, 9.7, null, {}, [], NaN])
    row.push(b.indexOf(needle, off), b.lastIndexOf(needle, off));
  console.log(JSON.stringify(needle), row.join(' '), b.includes(needle));
}
for (const n of [0x61, 0x61 + 256, -159, 98.5, 0xe9, 999, NaN])
  console.log(n, b.indexOf(n), b.lastIndexOf(n), b.indexOf(n, 3), b.lastIndexOf(n, 3), b.includes(n, -2));
console.log(b.indexOf(Buffer.from('cd')), b.lastIndexOf(Buffer.from('cd')), b.indexOf(new Uint8Array([0x63])),
            b.indexOf(Buffer.alloc(0)), b.lastIndexOf(Buffer.alloc(0), 4), b.indexOf(Buffer.alloc(0), 99));
const hexed = Buffer.from('0102030405', 'hex');
console.log(hexed.indexOf('0304', 'hex'), hexed.indexOf('0304', 1, 'hex'), hexed.lastIndexOf('01', 'hex'),
            hexed.indexOf('AwQ=', 'base64'), hexed.indexOf('AwQ', 'base64url'), hexed.indexOf('zz', 'hex'),
            hexed.includes('\u0003', 'latin1'), hexed.indexOf('\u0004', 'ascii'));
const wide = Buffer.from('abcabc\u0100', 'ucs2');
console.log(wide.indexOf('b', 'ucs2'), wide.lastIndexOf('bc', 'utf16le'), wide.indexOf('ca', 3, 'ucs2'),
            wide.indexOf('\u0100', 'ucs2'), wide.indexOf(Buffer.from('c', 'ucs2'), 'ucs2'),
            wide.lastIndexOf('a', -4, 'ucs2'), wide.indexOf('', 'ucs2'));
const odd = Buffer.from('xaxbx', 'latin1');
console.log(Buffer.from('\u0000a\u0000b', 'latin1').indexOf('a', 'ucs2'), odd.indexOf('ax', 'ucs2'));
show(() => b.indexOf('a', 0, 'nope'));
show(() => b.indexOf({}));
show(() => b.indexOf(() => {}));
show(() => b.lastIndexOf(Symbol('s')));
show(() => b.includes(null));
const long = Buffer.from('ab'.repeat(3000) + 'needle' + 'ab'.repeat(3000));
console.log(long.indexOf('needle'), long.lastIndexOf('needle'), long.indexOf('needle', 6001),
            long.lastIndexOf('ab', 100), long.lastIndexOf('ba', -1), long.indexOf('abab', -5));
