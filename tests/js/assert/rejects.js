'use strict';
// assert.rejects / doesNotReject, settled one after another.
const assert = require('assert');

async function show(promise) {
  try {
    await promise;
    console.log('passed');
  } catch (err) {
    console.log(err.name, err.code, JSON.stringify(err.message));
  }
}

(async () => {
  await show(assert.rejects(Promise.reject(new TypeError('x')), TypeError));
  await show(assert.rejects(async () => { throw new Error('y'); }, { message: 'y' }));
  await show(assert.rejects(Promise.resolve(1)));
  await show(assert.rejects(async () => {}, Error, 'should reject'));
  await show(assert.rejects(1));
  await show(assert.rejects(() => 1));
  await show(assert.rejects(Promise.reject(new Error('a')), RangeError));
  await show(assert.doesNotReject(Promise.resolve(1)));
  await show(assert.doesNotReject(Promise.reject(new Error('z'))));
  await show(assert.doesNotReject(async () => { throw new Error('w'); }, 'msg'));
  await show(assert.doesNotReject(() => 5));
  console.log('done');
})();
