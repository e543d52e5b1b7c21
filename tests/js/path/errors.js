'use strict';
// path functions reject non-strings with node's ERR_INVALID_ARG_TYPE.
const path = require('path');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
for (const flavour of ['posix', 'win32']) {
  const p = path[flavour];
  attempt(`${flavour} join`, () => p.join('a', 1));
  attempt(`${flavour} resolve`, () => p.resolve('a', null));
  attempt(`${flavour} normalize`, () => p.normalize({}));
  attempt(`${flavour} relative`, () => p.relative('a', true));
  attempt(`${flavour} basename`, () => p.basename('a', 5));
  attempt(`${flavour} dirname`, () => p.dirname(Symbol('s')));
  attempt(`${flavour} format`, () => p.format(null));
  attempt(`${flavour} format str`, () => p.format('x'));
  attempt(`${flavour} parse`, () => p.parse(undefined));
  attempt(`${flavour} toNamespacedPath`, () => p.toNamespacedPath(5));
}
