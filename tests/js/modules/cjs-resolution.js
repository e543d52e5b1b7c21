// Relative, JSON, .cjs, directories (main / index.js), node_modules, exports.
const path = require('path');
const base = './fixtures/mods/'.replace('./', '../');
console.log(require(base + 'data.json'));
console.log(require(base + 'thing.cjs'));
console.log(require(base + 'dirpkg'));
console.log(require(base + 'dirindex'));
console.log(require(path.resolve(__dirname, base, 'dirindex/index.js')));
const { createRequire } = require('module');
const r = createRequire(path.resolve(__dirname, base, 'x.js'));
console.log(r('pkg-main'));
console.log(r('pkg-exports'));
console.log(r('pkg-exports/feature'));
console.log(r('pkg-exports/sub/x'));
try {
  r('pkg-exports/missing');
} catch (e) {
  console.log(e.code, e.message.replace(__dirname, '<dir>').split('fixtures')[1]);
}
console.log(path.relative(__dirname, r.resolve('pkg-main')));
