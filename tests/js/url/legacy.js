'use strict';
// url.parse(), url.format(), url.resolve() and url.resolveObject().
const url = require('url');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://EXAMPLE.com/A?B#C',
  '//host/path',
  '/just/a/path?x=1&y=2',
  'mailto:someone@example.com',
  'javascript:alert(1)',
  'http://a\\b\\c?d\\e',
  '  http://trimmed.example/  ',
  'http://[::1]:3000/ipv6',
  'http://ñandú.example/',
  'file:///etc/passwd',
  'http://a b/',
  'http://x.com/<tag>{}|^`',
  'http://host:badport/',
];
for (const input of inputs) {
  console.log(JSON.stringify(input), url.parse(input));
}
console.log(url.parse('/p?a=1&a=2&b', true).query);
console.log(url.parse('//host/p', false, true).host, url.parse('//host/p').host);
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/x y#?', query: { a: [1, 2], b: 'c d' } }));
console.log(url.format({ protocol: 'mailto', auth: 'a@b:c', host: 'd' }), url.format('HTTP://Q.com/ x'));
console.log(url.format(new URL('https://u:p@xn--nda.com/a?b#c'), { unicode: true, auth: false, search: false, fragment: false }));
const pairs = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', '#s'],
  ['mailto:local1@domain1', 'local2@domain2'], ['http://u@a/b', '//other/c'], ['http://a/b', 'https:c'],
  ['foo:a/b', '../c'], ['http://a/b/', ''],
];
for (const [from, to] of pairs) {
  console.log(from, to, url.resolve(from, to));
}
console.log(url.resolveObject('http://a/b/c', '../d'));
for (const bad of [() => url.parse(5), () => url.format(5), () => url.parse('http://xn--/')]) {
  try {
    bad();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
