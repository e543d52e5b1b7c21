'use strict';
// util.promisify(setTimeout/setImmediate) are the timers/promises versions.
const { promisify } = require('util');
const timersPromises = require('timers/promises');
console.log(promisify(setTimeout) === timersPromises.setTimeout);
console.log(promisify(setImmediate) === timersPromises.setImmediate);
// One after the other: a 1 ms timeout and an immediate may fire in either
// order.
promisify(setImmediate)('imm').then((v) => {
  console.log('immediate', v);
  return promisify(setTimeout)(1, 'value');
}).then((v) => console.log('timeout', v));
