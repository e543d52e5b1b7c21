'use strict';
// path.win32: drives, UNC shares, device namespaces and reserved names.
const w = require('path').win32;
const inputs = ['', 'C:', 'C:\\', 'c:/', 'C:foo', 'C:\\foo\\..\\..\\bar', '\\\\server\\share',
                '\\\\server\\share\\dir\\file.txt', '//server/share/', '\\\\?\\C:\\a\\..\\b',
                '\\\\.\\PHYSICALDRIVE0', 'a/b\\c', '\\foo\\', 'CON:', 'a/../c:x', 'COM1:x',
                'dir\\file.ext', '..\\..', 'C:\\..', 'file:stream'];
for (const input of inputs) {
  console.log(JSON.stringify(input), JSON.stringify({
    normalize: w.normalize(input),
    isAbsolute: w.isAbsolute(input),
    dirname: w.dirname(input),
    basename: w.basename(input),
    extname: w.extname(input),
    parse: w.parse(input),
  }));
}
console.log(w.join('//server', 'share'), w.join('\\\\\\', 'x'), w.join('C:', '..', 'a'));
console.log(w.join('.', 'COM1:x'), w.join('a', 'CON:'));
console.log(w.resolve('C:\\a', 'b', '..\\c'), w.resolve('C:\\a', 'D:\\b'), w.resolve('\\\\s\\sh', 'x'));
console.log(w.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'));
console.log(w.relative('C:\\A\\b', 'c:\\a\\B\\c'), w.relative('C:\\', 'C:\\x'), w.relative('C:\\x', 'D:\\y'));
console.log(w.toNamespacedPath('C:\\a\\b'), w.toNamespacedPath('\\\\srv\\share\\x'), w.toNamespacedPath(''));
console.log(w.format({ dir: 'C:\\path\\dir', base: 'file.txt' }), w.format({ root: 'C:\\', name: 'n', ext: 'e' }));
console.log(w.sep, w.delimiter, w.basename('C:\\a\\b.txt', '.TXT'), w.basename('aaa', 'a'));
