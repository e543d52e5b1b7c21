// Accessor properties: [Getter], [Setter], [Getter/Setter], and their
// values with the `getters` option.
const { inspect } = require('util');
const obj = {
  get onlyGet() { return 'got'; },
  set onlySet(v) {},
  get both() { return { deep: true }; },
  set both(v) {},
  get nul() { return null; },
  get throws() { throw new Error('nope'); },
};
console.log(inspect(obj));
console.log(inspect(obj, { getters: true }));
console.log(inspect(obj, { getters: 'get' }));
console.log(inspect(obj, { getters: 'set' }));
class WithAccessor { get computed() { return 42; } }
console.log(inspect(new WithAccessor()));
console.log(inspect(new WithAccessor(), { showHidden: true, getters: true }));
