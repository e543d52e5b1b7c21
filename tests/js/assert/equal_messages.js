'use strict';
// The generated messages of the two-value assertions, and the properties of
// the AssertionError they throw.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(JSON.stringify(err.message));
    console.log(err.name, err.code, err.generatedMessage, err.operator,
                typeof err.actual, typeof err.expected);
  }
}

show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('a\nb', 'a\nc'));
show(() => assert.strictEqual('hello world 1234', 'hello world 1235'));
show(() => assert.strictEqual(0, -0));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual(1, 1, 'custom message'));
show(() => assert.strictEqual(1, 2, 'custom message'));
show(() => assert.strictEqual(1, 2, new TypeError('own error')));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual('a long string value', 'a long string value'));
show(() => assert.notStrictEqual(assert, assert));
show(() => assert.equal(1, 2));
show(() => assert.equal(1, '1'));
show(() => assert.equal(NaN, NaN));
show(() => assert.notEqual(1, '1'));
show(() => assert.deepEqual(1, 2));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepEqual([1, 2], ['1', 2]));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual(1));
show(() => assert.deepStrictEqual());
show(() => assert.ok());
show(() => assert.fail());
show(() => assert.fail('boom'));
show(() => assert.fail(new RangeError('mine')));
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.message, e.name, e.code, String(e), e instanceof Error);
try {
  new assert.AssertionError();
} catch (err) {
  console.log(err.code, err.message);
}
