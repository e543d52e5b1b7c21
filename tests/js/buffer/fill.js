'use strict';
// fill with numbers, strings in every encoding, buffers, ranges and errors.
function show(fn) {
  try {
    const r = fn();
    console.log(Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
}
show(() => Buffer.alloc(6).fill(0x41));
show(() => Buffer.alloc(6).fill(257));
show(() => Buffer.alloc(6).fill(-1));
show(() => Buffer.alloc(6).fill(3.7, 1, 3));
show(() => Buffer.alloc(6).fill(true));
show(() => Buffer.alloc(6).fill('ab'));
show(() => Buffer.alloc(6).fill('ab', 1));
show(() => Buffer.alloc(6).fill('ab', 1, 4));
show(() => Buffer.alloc(7).fill('€'));
show(() => Buffer.alloc(7).fill('€', 'utf8'));
show(() => Buffer.alloc(7).fill('é', 'latin1'));
show(() => Buffer.alloc(7).fill('é', 'ascii'));
show(() => Buffer.alloc(7).fill('ab', 'ucs2'));
show(() => Buffer.alloc(7).fill('a\u0100', 'utf16le'));
show(() => Buffer.alloc(7).fill('a1b2', 'hex'));
show(() => Buffer.alloc(7).fill('a1b', 'hex'));
show(() => Buffer.alloc(7).fill('QUJD', 'base64'));
show(() => Buffer.alloc(7).fill('_-8', 'base64url'));
show(() => Buffer.alloc(7).fill('ab', 2, 'hex'));
show(() => Buffer.alloc(7).fill('ab', 2, 5, 'latin1'));
show(() => Buffer.alloc(7).fill(''));
show(() => Buffer.alloc(7, 1).fill('', 2));
show(() => Buffer.alloc(7).fill(Buffer.from([1, 2, 3])));
show(() => Buffer.alloc(7).fill(new Uint8Array([9, 8]), 3));
show(() => Buffer.alloc(7).fill(new Uint16Array([0x0102])));
show(() => Buffer.alloc(5, 'abc'));
show(() => Buffer.alloc(5, 'YWJj', 'base64'));
show(() => Buffer.alloc(5, 7));
show(() => Buffer.alloc(5, Buffer.from('xy')));
const b = Buffer.alloc(4);
const self = Buffer.from('abcdefgh');
show(() => self.fill(self.subarray(1, 3)));
show(() => b.fill('zz', 'hex'));
show(() => b.fill(Buffer.alloc(0)));
show(() => b.fill('a', 'nope'));
show(() => b.fill('a', 0, 4, 5));
show(() => b.fill(1, -1));
show(() => b.fill(1, 0, 5));
show(() => b.fill(1, 1.5));
show(() => b.fill(1, '1'));
show(() => b.fill(1, 3, 2));
show(() => b.fill('x', 4));
show(() => Buffer.alloc(-1, 'a'));
show(() => Buffer.alloc(3, ''));
