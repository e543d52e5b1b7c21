// Arrays: empty, nested, sparse (holes), extra properties, length limits.
const { inspect } = require('util');
console.log(inspect([]));
console.log(inspect([1, 'two', [3, [4, [5, [6]]]]]));
console.log(inspect([, 1, , , 2, , ]));
const sparse = [1, 2];
sparse[9] = 10;
console.log(inspect(sparse));
console.log(inspect(new Array(5)));
console.log(inspect(new Array(1)));
const extra = [1, 2, 3];
extra.name = 'extra';
extra[-1] = 'negative';
console.log(inspect(extra));
const empty = [];
empty.prop = true;
console.log(inspect(empty));
console.log(inspect([1, 2, 3, 4, 5], { maxArrayLength: 2 }));
console.log(inspect([1, 2, 3], { maxArrayLength: 0 }));
console.log(inspect([1, 2], { maxArrayLength: 1 }));
console.log(inspect(Array.from({ length: 101 }, (_, i) => i)));
console.log(inspect(Array.from({ length: 150 }, (_, i) => i), { maxArrayLength: null }).length);
const holes = [1, , 3, , 5];
console.log(inspect(holes, { maxArrayLength: 3 }));
class MyArray extends Array {}
console.log(inspect(MyArray.from([1, 2])));
console.log(inspect(new MyArray()));
