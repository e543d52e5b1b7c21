// util.deprecate warns once per function, and once per code across
// functions; process.noDeprecation silences it.
const util = require('util');
process.on('warning', (w) => console.log(`warning: ${w.name} ${w.code} ${w.message}`));
const oldFn = util.deprecate((x) => x * 2, 'oldFn() is deprecated', 'DEP_TEST1');
const sameCode = util.deprecate(() => 'same', 'same code again', 'DEP_TEST1');
const noCode = util.deprecate(function noCode() { return 'nc'; }, 'no code given');
class Old { constructor(v) { this.v = v; } }
const DeprecatedClass = util.deprecate(Old, 'Old is deprecated', 'DEP_TEST2');
console.log(oldFn(2), oldFn(3), sameCode(), noCode(), noCode());
const inst = new DeprecatedClass(5);
console.log(inst.v, inst instanceof Old, inst instanceof DeprecatedClass, DeprecatedClass.name);
process.noDeprecation = true;
const silent = util.deprecate(() => 'silent', 'never shown', 'DEP_TEST3');
console.log(silent());
try {
  util.deprecate(() => {}, 'msg', 123);
} catch (err) {
  console.log(err.code, err.message);
}
setImmediate(() => console.log('end'));
