'use strict';
// path.matchesGlob (experimental in node 20; the warning goes to stderr).
const path = require('path');
const cases = [['a/b.js', 'a/*.js'], ['a/b/c.js', 'a/**/*.js'], ['a/b/c.js', 'a/*.js'],
               ['x.md', '*.{md,js}'], ['.hidden', '*'], ['a/.b/c', 'a/**/c'], ['abc', 'a?c'],
               ['abc', 'a[a-c]c'], ['abc', 'a[!b]c'], ['a/b/', 'a/b'], ['a/b', 'a/b/'],
               ['file1.txt', 'file{1..3}.txt'], ['lib/x.ts', '+(lib|src)/*.ts'], ['a\\b', 'a/b']];
for (const [file, pattern] of cases) {
  console.log(file, pattern, path.posix.matchesGlob(file, pattern), path.win32.matchesGlob(file, pattern));
}
try {
  path.matchesGlob(1, '*');
} catch (err) {
  console.log(err.code, err.message);
}
