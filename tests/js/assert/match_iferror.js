'use strict';
// assert.match / doesNotMatch / ifError and assert/strict.
const assert = require('assert');
const strict = require('assert/strict');

function show(fn) {
  try {
    fn();
    console.log('passed');
  } catch (err) {
    console.log(err.name, err.code, JSON.stringify(err.message), err.generatedMessage);
  }
}

show(() => assert.match('abc', /b/));
show(() => assert.match('abc', /x/));
show(() => assert.match(123, /x/));
show(() => assert.match('abc', 'b'));
show(() => assert.match('abc', /x/, 'custom'));
show(() => assert.doesNotMatch('abc', /x/));
show(() => assert.doesNotMatch('abc', /b/));
show(() => assert.ifError(null));
show(() => assert.ifError(undefined));
show(() => assert.ifError(new Error('boom')));
show(() => assert.ifError('a string'));
show(() => assert.ifError(0));
show(() => assert.ifError(new TypeError('')));
console.log(strict === assert.strict, strict.strict === strict, require('node:assert') === assert);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual);
show(() => strict.equal(1, '1'));
show(() => strict.deepEqual([1], ['1']));
console.log(Object.keys(assert).sort().join(','));
