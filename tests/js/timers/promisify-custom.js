'use strict';
// util.promisify(setTimeout/setImmediate) are the timers/promises versions.
const { promisify } = require('util');
const timersPromises = require('timers/promises');
console.log(promisify(setTimeout) === timersPromises.setTimeout);
console.log(promisify(setImmediate) === timersPromises.setImmediate);
promisify(setTimeout)(1, 'value').then((v) => console.log('timeout', v));
promisify(setImmediate)('imm').then((v) => console.log('immediate', v));
