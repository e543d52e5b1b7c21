'use strict';
// querystring.parse/stringify/escape/unescape with node's legacy rules.
const qs = require('querystring');
const inputs = ['a=1&b=2&a=3', 'x=%E2%82%AC&y=%zz&z=%', '+plus+=+space+', 'k&k=&=v&&',
                'a[b]=1&a[c]=2', 'weird=%E2%82&utf=caf%C3%A9', '__proto__=1&constructor=2'];
for (const input of inputs) {
  console.log(JSON.stringify(input), qs.parse(input));
}
console.log(qs.parse('a:1;b:2;a:3', ';', ':'), qs.parse('a==1&&b==2', '&&', '=='));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
console.log(qs.parse('a=%41', null, null, { decodeURIComponent: (s) => s.toLowerCase() }));
console.log(qs.stringify({ a: [1, 2], b: 'c d', e: '', f: null, g: true, h: 12n, i: NaN, j: {} }));
console.log(qs.stringify({ w: 'x', y: 'z' }, ';', ':'), qs.stringify('not an object'));
console.log(qs.stringify({ 'é': '☃' }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
console.log(qs.escape('a b&c=d/é☃\ud83d\ude00'), qs.unescape('a%20b%zz+c'), qs.unescape('%E2%82'));
console.log(qs.unescapeBuffer('a%41+%', true));
try {
  qs.escape('\ud800');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(qs.encode === qs.stringify, qs.decode === qs.parse, Object.keys(qs).join());
