'use strict';
// util._errnoException checks its errno as util.getSystemErrorName does.
const util = require('util');
for (const err of ['test', {}, 0, 1, NaN, -Infinity]) {
  try {
    util._errnoException(err, 'open');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const e = util._errnoException(-2, 'open', 'extra');
console.log(e.message, e.code, e.errno, e.syscall);
