// arguments objects, module-like objects, globals and other odd objects.
const { inspect } = require('util');
function args() { return arguments; }
console.log(inspect(args()), inspect(args(1, 'two')));
console.log(inspect(Object.create(null, { x: { value: 1, enumerable: true } })));
console.log(inspect(new (class Foo { constructor() { this.map = new Map([[this, 1]]); } })()));
console.log(inspect({ __proto__: { inherited: 1 }, own: 2 }));
console.log(inspect(JSON.parse('{"__proto__": 1, "a": 2}')));
console.log(inspect({ 'key with space': 1, 'ünïcödé': 2, $dollar: 3, _under: 4 }));
console.log(inspect(new Boolean(false), { depth: 0 }));
console.log(inspect(Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }), { showHidden: true }));
console.log(inspect([1, 2, 3], { showHidden: true }));
console.log(inspect(Object.assign(Object.create({ proto: 1 }), { own: 2 }), { showHidden: true }));
