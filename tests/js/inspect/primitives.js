// util.inspect of every primitive type, at top level and inside containers.
const { inspect } = require('util');
const values = [0, -0, 1.5, -42, NaN, Infinity, -Infinity, 2 ** 53, 1e21, 5e-7,
  0n, 123n, -9007199254740993n, true, false, null, undefined,
  Symbol(), Symbol('desc'), Symbol.iterator, Symbol.for('registered'), ''];
for (const v of values) console.log(inspect(v));
console.log(inspect(values));
console.log(inspect({ values }));
