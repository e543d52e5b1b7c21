'use strict';
// fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/Unicode.
const url = require('url');
console.log(url.fileURLToPath('file:///a%20b/c%23d'), url.fileURLToPath(new URL('file:///x/y/')));
console.log(url.fileURLToPath('file:///C:/dir/f%20g.txt', { windows: true }));
console.log(url.fileURLToPath('file://server/share/f', { windows: true }));
console.log(url.pathToFileURL('/tmp/a b/%?#\\').href, url.pathToFileURL('/dir/').href);
console.log(url.pathToFileURL('C:\\Program Files\\x', { windows: true }).href);
console.log(url.pathToFileURL('\\\\server\\share\\dir\\f', { windows: true }).href);
console.log(url.pathToFileURL('rel').href === `file://${process.cwd()}/rel`);
for (const attempt of [
  () => url.fileURLToPath('file://host/a'),
  () => url.fileURLToPath('https://a/'),
  () => url.fileURLToPath('file:///a%2Fb'),
  () => url.fileURLToPath('file:///a%5Cb', { windows: true }),
  () => url.fileURLToPath('file:///relative', { windows: true }),
  () => url.fileURLToPath(42),
  () => url.pathToFileURL('\\\\server', { windows: true }),
  () => url.pathToFileURL(42),
  () => url.domainToASCII(),
]) {
  try {
    attempt();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log(url.urlToHttpOptions(new URL('https://a:b%20c@[::1]:8443/p?q#h')));
const domains = ['ñandú.com', 'xn--and-6ma2c.com', 'EXAMPLE.com', '0x7f.1', 'a:b', 'a b', '',
                 'faß.de', 'xn--', '日本語。ＪＰ', 'a..b'];
for (const d of domains) {
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
}
