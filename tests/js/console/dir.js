// console.dir ignores custom inspect functions and accepts inspect options.
const custom = { value: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
console.dir(custom);
console.log(custom);
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir([3, 1, 2], { showHidden: true });
console.dir('string value');
console.dir({ b: 1, a: 2 }, { sorted: true, compact: false });
