'use strict';
// node's lenient base64/base64url decoding, padding, and atob/btoa.
const cases = ['', 'Q', 'QQ', 'QQ=', 'QQ==', 'QUI', 'QUJD', 'QUJDRA', 'QU JD\nRA==',
               'QUJD=RA', 'QU==JD', 'Q*U*J*D', '-_-_', '+/+/', 'QUJD====', '=QUJD',
               'aGVsbG8gd29ybGQ', 'aGVsbG8g\r\nd29ybGQ=', '\u00e9QUJD', '\u0161QUJD'];
for (const s of cases) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'),
              Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64'));
}
const buf = Buffer.alloc(6, 0xee);
console.log(buf.write('QUJDREVG', 'base64'), buf.toString('hex'));
console.log(buf.write('QUJDREVG', 2, 'base64'), buf.toString('hex'));
console.log(buf.write('QUJDREVG', 1, 2, 'base64url'), buf.toString('hex'));
for (let n = 0; n < 8; n++) {
  const b = Buffer.from('\xfb\xff\xbf\x00\x01\x02\x03'.slice(0, n), 'latin1');
  console.log(n, b.toString('base64'), b.toString('base64url'));
}
const big = Buffer.alloc(100000);
for (let i = 0; i < big.length; i++) big[i] = (i * 131) & 0xff;
const enc = big.toString('base64');
console.log(enc.length, enc.slice(0, 20), Buffer.from(enc, 'base64').equals(big),
            Buffer.from(enc.replace(/(.{76})/g, '$1\n'), 'base64').equals(big));
console.log(btoa('hello'), atob('aGVsbG8='), atob(' aGVs bG8 '), JSON.stringify(atob('')),
            btoa(''), atob('YQ'), btoa('\u00ff\u0080'));
for (const input of ['a', 'ab=c', 'abc==', 'ab*c', 'abcde', '=abc', 'ab\u00e9c']) {
  try {
    console.log(JSON.stringify(atob(input)));
  } catch (e) {
    console.log(JSON.stringify(input), e.name, e.code, e.message);
  }
}
try { btoa('\u0100'); } catch (e) { console.log(e.name, e.code, e.message); }
try { atob(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(atob('bnVsbA=='), btoa(null), btoa(12), atob(btoa('\u00e9')) === '\u00e9');
