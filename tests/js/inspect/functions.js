// Functions, classes, async and generator functions, with properties.
const { inspect } = require('util');
function named() {}
const arrow = () => {};
class A {}
class B extends A {}
console.log(inspect(named), inspect(arrow), inspect(() => {}), inspect(function () {}));
console.log(inspect(async function af() {}), inspect(async () => {}));
console.log(inspect(function* gen() {}), inspect(async function* agen() {}));
console.log(inspect(A), inspect(B), inspect(class {}), inspect(class extends A {}));
console.log(inspect(Math.max), inspect(Array), inspect(Object), inspect(Function.prototype));
const withProps = function withProps() {};
withProps.count = 3;
withProps.nested = { a: 1 };
console.log(inspect(withProps));
const bound = named.bind(null);
console.log(inspect(bound));
const renamed = function original() {};
Object.defineProperty(renamed, 'name', { value: 'changed' });
console.log(inspect(renamed));
const nameless = function () {};
Object.defineProperty(nameless, 'name', { value: '' });
console.log(inspect(nameless));
console.log(inspect({ method() {}, async am() {}, *gm() {}, get g() { return 1; } }));
console.log(inspect(Object.setPrototypeOf(function np() {}, null)));
class WithStaticMethod { static m() {} }
console.log(inspect(WithStaticMethod), inspect(WithStaticMethod, { showHidden: true }));
console.log(inspect(named, { showHidden: true }));
