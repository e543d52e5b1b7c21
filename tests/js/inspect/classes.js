// Class instances, prototypes, null prototypes and Symbol.toStringTag.
const { inspect } = require('util');
class Foo { constructor() { this.x = 1; } }
class Bar extends Foo { constructor() { super(); this.y = 2; } }
class Empty {}
console.log(inspect(new Foo()), inspect(new Bar()), inspect(new Empty()));
console.log(inspect(Object.create(null)));
const np = Object.create(null);
np.a = 1;
console.log(inspect(np));
console.log(inspect(Object.create(Object.create(null))));
console.log(inspect(Object.create(new Foo())));
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
console.log(inspect(new Tagged()));
console.log(inspect({ [Symbol.toStringTag]: 'Own' }));
console.log(inspect(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' })));
const anon = new (class {})();
console.log(inspect(anon));
function Legacy() { this.v = 1; }
console.log(inspect(new Legacy()));
Legacy.prototype.constructor = undefined;
console.log(inspect(new Legacy()));
const proto = { hello() {} };
console.log(inspect(Object.create(proto)));
console.log(inspect(Math), inspect(JSON), inspect(Reflect).slice(0, 20));
console.log(inspect(globalThis.Atomics !== undefined));
class WithStatic { static s = 1; }
console.log(inspect(WithStatic));
console.log(inspect(Object.setPrototypeOf(new Foo(), null)));
console.log(inspect(Object.setPrototypeOf({ a: 1 }, Array.prototype)));
