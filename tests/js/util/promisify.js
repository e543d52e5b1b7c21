// util.promisify: callback APIs become promise APIs; util.promisify.custom
// overrides; properties are copied; bad input throws.
const util = require('util');
function double(x, cb) { setImmediate(() => cb(null, x * 2)); }
double.extra = 'copied';
const pDouble = util.promisify(double);
console.log(pDouble.name, pDouble.length, pDouble.extra, util.promisify(pDouble) === pDouble);
const failing = util.promisify((cb) => cb(new Error('failed')));
const multi = util.promisify((cb) => cb(null, 'first', 'second'));
const custom = () => {};
custom[util.promisify.custom] = () => Promise.resolve('custom result');
console.log(util.promisify(custom) === custom[util.promisify.custom]);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
const method = util.promisify(function (cb) { cb(null, this.value); });
(async () => {
  console.log('doubled', await pDouble(21));
  try {
    await failing();
  } catch (err) {
    console.log('rejected with', err.message);
  }
  console.log('multi resolves first only:', await multi());
  console.log('this is kept:', await method.call({ value: 'receiver' }));
  console.log('falsy error is success:', await util.promisify((cb) => cb(0, 'v'))());
  for (const bad of [undefined, 1, {}, 'fn']) {
    try {
      util.promisify(bad);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  const badCustom = () => {};
  badCustom[util.promisify.custom] = 'not a function';
  try {
    util.promisify(badCustom);
  } catch (err) {
    console.log(err.code, err.message);
  }
})();
