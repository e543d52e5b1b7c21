'use strict';
// buffer.transcode, isUtf8 and isAscii.
const { transcode, isUtf8, isAscii } = require('buffer');
const show = (fn) => {
  try {
    const r = fn();
    console.log(Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(`${e.name} ${e.code}: ${e.message}`);
  }
};
show(() => transcode(Buffer.from('héllo €'), 'utf8', 'ucs2'));
show(() => transcode(Buffer.from('héllo €'), 'utf8', 'latin1'));
show(() => transcode(Buffer.from('héllo €'), 'utf8', 'ascii'));
show(() => transcode(Buffer.from('hé', 'ucs2'), 'ucs2', 'utf8'));
show(() => transcode(Buffer.from('hé', 'latin1'), 'binary', 'utf-8'));
show(() => transcode(Buffer.from([0xff, 0x41]), 'ascii', 'utf8'));
show(() => transcode(Buffer.alloc(0), 'utf8', 'ucs2'));
show(() => transcode(Buffer.from('a'), 'utf8', 'hex'));
show(() => transcode('a', 'utf8', 'ucs2'));
for (const bytes of [[], [0x41], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x8f, 0xbf, 0xbf],
                     [0xf4, 0x90, 0x80, 0x80], [0xe0, 0x9f, 0x80], [0x7f], [0x80]]) {
  const u = new Uint8Array(bytes);
  console.log(bytes.join(','), isUtf8(u), isAscii(u), isUtf8(u.buffer), isAscii(Buffer.from(u)));
}
console.log(isUtf8(new Uint16Array([0x4141])), isAscii(new Float64Array(1)), isUtf8(Buffer.from('x'.repeat(100) + '€')));
show(() => isUtf8('abc'));
show(() => isAscii(null));
show(() => isUtf8(new DataView(new ArrayBuffer(1))));
