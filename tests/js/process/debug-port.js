'use strict';
// process.debugPort: 9229 unless the command line said otherwise; assigned
// values are converted to a number, with node's range check.
const { spawnSync } = require('child_process');
console.log(process.debugPort);
console.log(spawnSync(process.execPath, ['--inspect-port=4321', '-p', 'process.debugPort'], { encoding: 'utf8' }).stdout.trim());
for (const value of [0, '2048', '', NaN, Infinity, {}, [], 65535.9]) {
  process.debugPort = value;
  console.log(JSON.stringify(value), process.debugPort);
}
for (const value of [true, -1, 1, 1023, 65536, '1', Symbol('s')]) {
  try {
    process.debugPort = value;
  } catch (err) {
    console.log(err.name, err.message);
  }
}
