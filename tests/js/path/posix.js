'use strict';
// path.posix: every function on a table of tricky inputs.
const path = require('path');
const p = path.posix;
const inputs = ['', '.', '..', '/', '//', '///', 'a', 'a/', 'a//b', '/a/b/', './a/../b',
                '../../x', '/../x', 'a/./b/.', '.hidden', 'file.tar.gz', '..x', 'x..',
                '/foo/bar/baz/asdf/quux/..', 'foo/bar//baz/asdf/quux/..', '/..', '/../', '//..'];
for (const input of inputs) {
  console.log(JSON.stringify(input), JSON.stringify({
    normalize: p.normalize(input),
    isAbsolute: p.isAbsolute(input),
    dirname: p.dirname(input),
    basename: p.basename(input),
    basenameExt: p.basename(input, '.gz'),
    extname: p.extname(input),
    parse: p.parse(input),
  }));
}
console.log(p.join('/foo', 'bar', 'baz/asdf', 'quux', '..'));
console.log(p.join('', ''), p.join(), p.join('a', '', '../..', 'b'));
console.log(p.resolve('/foo/bar', './baz'), p.resolve('/foo/bar', '/tmp/file/'));
console.log(p.resolve('/a', 'b', '..', '../../c/'));
console.log(p.resolve() === process.cwd(), p.resolve('x') === `${process.cwd()}/x`);
console.log(p.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'));
console.log(p.relative('/a/b', '/a/b'), p.relative('/a/b', '/a/b/c/d'), p.relative('/a/b/c', '/a'));
console.log(p.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(p.format({ root: '/', base: 'file.txt', ext: 'ignored' }));
console.log(p.format({ root: '/', name: 'file', ext: 'txt' }), p.format({ name: 'x', ext: '.y' }));
console.log(p.toNamespacedPath('/a/b'), p.sep, p.delimiter);
console.log(path === p, p.posix === p, p.win32 === path.win32, path._makeLong === path.toNamespacedPath);
console.log(require('path/posix') === p, require('node:path/win32') === path.win32);
