// Arrays with more than six short entries are laid out in aligned columns;
// numbers are right-aligned, other entries left-aligned.
const { inspect } = require('util');
console.log(inspect(Array.from({ length: 7 }, (_, i) => i)));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i * i)));
console.log(inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))));
console.log(inspect(Array.from({ length: 20 }, (_, i) => BigInt(i) ** 3n)));
console.log(inspect([1, 'a', 22, 'bb', 333, 'ccc', 4444, 'dddd', 55555]));
console.log(inspect(Array.from({ length: 8 }, (_, i) => ({ id: i }))));
console.log(inspect(Array.from({ length: 12 }, (_, i) => 'word'.repeat(i))));
console.log(inspect({ nested: Array.from({ length: 40 }, (_, i) => i - 20) }));
console.log(inspect(Array.from({ length: 120 }, (_, i) => i % 7)));
console.log(inspect(Array.from({ length: 10 }, (_, i) => i), { compact: 1 }));
console.log(inspect(Array.from({ length: 10 }, (_, i) => i), { breakLength: 20 }));
console.log(inspect([true, false, null, undefined, true, false, null, undefined]));
