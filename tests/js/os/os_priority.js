'use strict';
// getPriority / setPriority: argument checks and ERR_SYSTEM_ERROR from libuv.
const os = require('os');

function show(fn) {
  try {
    const result = fn();
    console.log('result', typeof result);
  } catch (err) {
    console.log(err.name, err.code, err.message);
    if (err.info) console.log(err.info.code, err.info.syscall, typeof err.info.errno, err.errno === err.info.errno, err.syscall);
  }
}

show(() => os.getPriority());
show(() => os.getPriority(0));
show(() => os.getPriority(process.pid));
show(() => os.getPriority('1'));
show(() => os.getPriority(1.5));
show(() => os.getPriority(2 ** 31));
show(() => os.setPriority(0, 100));
show(() => os.setPriority('x'));
show(() => os.getPriority(2 ** 31 - 1));
show(() => os.setPriority(2 ** 31 - 1, 0));
const before = os.getPriority();
os.setPriority(before);
console.log(os.getPriority() === before);
