'use strict';
// hex decoding stops at the first invalid pair; odd lengths drop the last digit.
for (const s of ['', '0', '00', 'abc', 'ABCDEF', 'abxx12', 'x0', '0g00', '12 34', '1234567',
                 '\u0161\u0162', 'aaéa'])
  console.log(JSON.stringify(s), Buffer.from(s, 'hex').toString('hex'), Buffer.byteLength(s, 'hex'));
const b = Buffer.alloc(4, 0x11);
console.log(b.write('aabbccddee', 'hex'), b.toString('hex'));
console.log(b.write('zz', 'hex'), b.toString('hex'));
console.log(b.write('ff', 3, 'hex'), b.toString('hex'));
console.log(b.write('0102', 1, 1, 'hex'), b.toString('hex'));
console.log(b.hexWrite('9999'), b.hexSlice(1, 3), b.hexSlice());
const long = 'ab'.repeat(5000) + 'zz' + 'cd'.repeat(10);
console.log(Buffer.from(long, 'hex').length, Buffer.from(long.toUpperCase(), 'hex').length);
