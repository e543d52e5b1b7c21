'use strict';
// The URL class: components, setters, inspection, errors and statics.
const url = new URL('https://user:pa%20ss@EXAMPLE.com:8443/a/./b/../c?x=1&y=2#frag');
console.log(url);
console.log(String(url), JSON.stringify({ url }), url.origin);
url.protocol = 'http';
url.username = 'new user';
url.password = '';
url.host = 'example.org:80';
url.pathname = '/p a t h/';
url.search = '?q=ü';
url.hash = 'h h';
console.log(url.href, url.port, url.host);
url.port = '8080abc';
console.log(url.port);
url.port = '';
url.protocol = 'ftp';
url.protocol = 'file'; // Not allowed: the URL has a port or credentials.
console.log(url.href);
url.href = 'mailto:someone@example.com';
console.log(url.pathname, url.host, url.origin);
url.host = 'ignored.example';
console.log(url.href);
for (const attempt of [
  () => new URL('not a url'),
  () => new URL('/relative', 'also not a url'),
  () => new URL(),
  () => { url.href = 'http://[::1'; },
  () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}),
]) {
  try {
    attempt();
  } catch (err) {
    console.log(err.name, err.code, err.message, err.input, err.base);
  }
}
console.log(URL.canParse('https://x'), URL.canParse('x'), URL.canParse('x', 'https://base/'));
console.log(URL.parse('/a', 'https://b/c').href, URL.parse('nope'));
console.log(new URL('../../x?y#z', 'http://h/a/b/c/d').href);
console.log(new URL('HTTP://[0:0:0:0:0:ffff:7f00:1]:80/').host);
console.log(new URL('http://0x7f.1/').hostname, new URL('http://1.2.3/').hostname);
console.log(new URL('file:///C:/a/../../b').href, new URL('file://localhost/x').href);
console.log(new URL('blob:https://a.com:443/x').origin, new URL('data:text/plain,hi').origin);
console.log(Object.keys(URL.prototype).join(), Object.keys(URL).join());
console.log(Object.prototype.toString.call(url), url instanceof URL);
