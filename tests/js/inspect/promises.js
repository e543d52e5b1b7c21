// Promise states: fulfilled, pending and rejected, with nested values.
const { inspect } = require('util');
const fulfilled = Promise.resolve({ value: [1, 2] });
const pending = new Promise(() => {});
const rejected = Promise.reject(3);
rejected.catch(() => {});
console.log(inspect(fulfilled), inspect(pending), inspect(rejected));
console.log(inspect(Promise.resolve(undefined)));
const withProp = Promise.resolve(1);
withProp.extra = true;
console.log(inspect(withProp));
console.log(inspect({ p: Promise.resolve(Promise.resolve(2)) }));
(async () => {})().then(() => console.log(inspect((async () => 'async')())));
class MyPromise extends Promise {}
console.log(inspect(MyPromise.resolve(1)));
