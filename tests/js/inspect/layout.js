// Line breaking: breakLength, the compact modes and nested layouts.
const { inspect } = require('util');
const obj = {
  alpha: 'aaaaaaaaaaaa', beta: [1, 2, 3], gamma: { delta: { epsilon: 'eeeeeeeeeeee' } },
  zeta: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
};
console.log(inspect(obj));
console.log(inspect(obj, { breakLength: 200 }));
console.log(inspect(obj, { breakLength: 40 }));
console.log(inspect(obj, { breakLength: Infinity }));
console.log(inspect(obj, { compact: false }));
console.log(inspect(obj, { compact: true }));
console.log(inspect(obj, { compact: true, breakLength: 30 }));
console.log(inspect(obj, { compact: 1 }));
console.log(inspect(obj, { compact: 0 }));
console.log(inspect({ a: { b: { c: {} } } }, { compact: false }));
console.log(inspect([[1, 2, [3, 4]], { k: 'v' }]));
console.log(inspect({ short: 1, list: ['a', 'b'] }));
const wide = {};
for (let i = 0; i < 8; i++) wide[`property${i}`] = i;
console.log(inspect(wide));
console.log(inspect([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }, { a: 7, b: 8 }]));
console.log(inspect({ x: new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']) }));
console.log(inspect({ text: 'line\n'.repeat(3) }, { compact: true }));
console.log(inspect({ a: 'x'.repeat(70), b: 1 }, { compact: true }));
