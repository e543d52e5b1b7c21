// sorted, numericSeparator, colors, legacy arguments and defaultOptions.
const util = require('util');
const { inspect } = util;
console.log(inspect({ c: 3, a: 1, b: 2 }, { sorted: true }));
console.log(inspect({ c: 3, a: 1, b: 2 }, { sorted: (a, b) => (a < b ? 1 : -1) }));
console.log(inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(inspect([1234, 1234567.1234, -98765432, 0.000012345, 1e21, 123456789012345678901234567890n],
  { numericSeparator: true }));
console.log(JSON.stringify(inspect({ n: 1, s: 's', u: undefined, nul: null, b: true, sym: Symbol('x'),
  big: 1n, d: new Date(0), r: /x/, f() {}, arr: [1, , 2], p: Promise.resolve(1) }, { colors: true })));
console.log(JSON.stringify(inspect(new Map([[1, 'one']]), true, 0, true)));
console.log(inspect({ a: { b: { c: { d: 1 } } } }, false, 0));
console.log(inspect({ a: { b: { c: { d: 1 } } } }, false, null));
console.log(inspect([1, 2], true));
const saved = { ...inspect.defaultOptions };
console.log(saved);
inspect.defaultOptions.depth = 0;
console.log(inspect({ a: { b: 1 } }));
inspect.defaultOptions = { breakLength: 10 };
console.log(inspect({ a: 1, b: 2 }));
Object.assign(inspect.defaultOptions, saved);
console.log(inspect({ a: { b: 1 } }));
try {
  inspect.defaultOptions = null;
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(Object.keys(inspect.styles), inspect.colors.red, inspect.colors.grey);
console.log(util.stripVTControlCharacters(inspect('x', { colors: true })));
