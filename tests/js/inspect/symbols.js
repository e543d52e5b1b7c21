// Symbols as values and as keys (enumerable and, with showHidden, not).
const { inspect } = require('util');
const s = Symbol('key');
const obj = { [s]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, regular: 4, [Symbol('with\nnewline')]: 5 };
console.log(inspect(obj));
Object.defineProperty(obj, Symbol('hidden'), { value: 6, enumerable: false });
console.log(inspect(obj));
console.log(inspect(obj, { showHidden: true }));
console.log(inspect([Symbol('a'), Symbol.for('b')]));
console.log(inspect(Object(Symbol('boxed'))));
