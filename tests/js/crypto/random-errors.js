'use strict';
// Argument errors of the random functions.
const crypto = require('crypto');

for (const fn of [
  () => crypto.randomBytes(-1),
  () => crypto.randomBytes('1'),
  () => crypto.randomBytes(2 ** 31),
  () => crypto.randomBytes(1, 1),
  () => crypto.randomFillSync(new Uint8Array(4), 5),
  () => crypto.randomFillSync(new Uint8Array(4), 1, 4),
  () => crypto.randomFillSync(new Uint32Array(4), 0, 5),
  () => crypto.randomFillSync('a'),
  () => crypto.randomFillSync(new Uint8Array(4), 'a'),
  () => crypto.randomFill(new Uint8Array(4)),
  () => crypto.randomFill(new Uint8Array(4), 0, 1, 'x'),
  () => crypto.randomInt(5, 1),
  () => crypto.randomInt(1.5),
  () => crypto.randomInt('a'),
  () => crypto.randomInt(0, 2 ** 49),
  () => crypto.randomInt(2 ** 49),
  () => crypto.randomInt(1, 2, 3),
  () => crypto.randomUUID(1),
  () => crypto.randomUUID({ disableEntropyCache: 1 }),
  () => crypto.getRandomValues(new Float32Array(1)),
  () => crypto.getRandomValues(new Uint8Array(65537)),
  () => crypto.getRandomValues(new DataView(new ArrayBuffer(1))),
]) {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
