// vm: this context, new contexts backed by a sandbox, isolation of globals.
const vm = require('vm');
globalThis.shared = 1;
console.log(vm.runInThisContext('shared + 1'));
const sandbox = { x: 2, log: [] };
vm.createContext(sandbox);
console.log(vm.isContext(sandbox), vm.isContext({}));
vm.runInContext('var y = x * 21; log.push(typeof shared, typeof Array); z = "set"', sandbox);
console.log(sandbox.y, sandbox.z, sandbox.log);
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1', { filename: 'counter.js' });
const ctx = vm.createContext({});
script.runInContext(ctx);
script.runInContext(ctx);
console.log(ctx.count);
console.log(vm.runInNewContext('a + b', { a: 3, b: 4 }));
const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [] });
globalThis.c = 10;
console.log(fn(1, 2));
try {
  vm.runInNewContext('throw new TypeError("inside")', {});
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message);
}
try {
  new vm.Script('let let = 1', { filename: 'bad.js' });
} catch (e) {
  console.log(e.name, e.message);
}
console.log(Object.keys(sandbox).sort());
