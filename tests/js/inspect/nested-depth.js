// Nesting beyond `depth` (default 2) prints [Object] / [Array] / [Foo].
const { inspect } = require('util');
class Foo { constructor() { this.inner = { deep: { deeper: 1 } }; } }
const nested = { a: { b: { c: { d: { e: { f: 1 } } } } }, arr: [[[[1]]]], foo: { x: { y: new Foo() } } };
console.log(inspect(nested));
console.log(inspect(nested, { depth: 0 }));
console.log(inspect(nested, { depth: 1 }));
console.log(inspect(nested, { depth: 4 }));
console.log(inspect(nested, { depth: Infinity }));
console.log(inspect(nested, { depth: null }));
console.log(inspect(nested, false, 1));
console.log(inspect({ m: { s: { map: new Map([[1, 2]]), set: new Set([1]) } } }));
console.log(inspect({ a: { b: { c: Object.create(null) } } }));
console.log(inspect({ a: { b: { fn() {}, re: /x/, d: new Date(0) } } }, { depth: 0 }));
