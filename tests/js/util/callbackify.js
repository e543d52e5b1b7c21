// util.callbackify: async functions become (err, value) callback APIs; a
// falsy rejection is wrapped in ERR_FALSY_VALUE_REJECTION.
const util = require('util');
async function add(a, b) { return a + b; }
const cbAdd = util.callbackify(add);
console.log(cbAdd.name, cbAdd.length);
cbAdd(1, 2, (err, value) => console.log('add:', err, value));
util.callbackify(async () => { throw new Error('boom'); })((err) => console.log('error:', err.message));
util.callbackify(async () => { throw null; })((err) => {
  console.log('falsy:', err.name, err.code, err.message, err.reason);
});
util.callbackify(async () => { throw 0; })((err) => console.log('zero:', err.reason));
util.callbackify(function () { return Promise.resolve(this.v); }).call({ v: 'this kept' }, (err, v) => console.log(v));
console.log('callbacks run later');
try {
  util.callbackify('nope');
} catch (err) {
  console.log(err.code, err.message);
}
try {
  cbAdd(1, 2);
} catch (err) {
  console.log(err.code, err.message);
}
