'use strict';
// assert.throws / doesNotThrow: matching by class, RegExp, object and
// validation function, and the errors for misuse.
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('passed');
  } catch (err) {
    console.log(err.name, err.code, JSON.stringify(err.message));
  }
}

const thrower = (err) => () => { throw err; };

show(() => assert.throws(thrower(new TypeError('bad'))));
show(() => assert.throws(thrower(new TypeError('bad')), TypeError));
show(() => assert.throws(thrower(new TypeError('bad')), /bad/));
show(() => assert.throws(thrower(new TypeError('bad')), { name: 'TypeError', message: /ba/ }));
show(() => assert.throws(thrower(new TypeError('bad')), (e) => e instanceof TypeError));
show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, TypeError, 'needs to throw'));
show(() => assert.throws(() => {}, 'only a message'));
show(() => assert.throws(thrower(new Error('a')), TypeError));
show(() => assert.throws(thrower(new Error('a')), RangeError, 'custom'));
show(() => assert.throws(thrower(new Error('a')), { message: 'b', code: 1 }));
show(() => assert.throws(thrower(new Error('a')), /b/));
show(() => assert.throws(thrower(1), { a: 1 }));
show(() => assert.throws(thrower(new Error('a')), function check() { return false; }));
show(() => assert.throws(thrower(new Error('a')), 'a'));
show(() => assert.throws(thrower(new Error('a')), {}));
show(() => assert.throws(thrower(new Error('a')), 5));
show(() => assert.throws(1));
show(() => assert.throws(thrower(new Error('x')), new Error('x')));
show(() => assert.throws(thrower(new Error('x')), new Error('y')));
show(() => assert.doesNotThrow(() => {}));
show(() => assert.doesNotThrow(thrower(new Error('a'))));
show(() => assert.doesNotThrow(thrower(new Error('a')), 'with message'));
show(() => assert.doesNotThrow(thrower(new Error('a')), TypeError));
show(() => assert.doesNotThrow(thrower(new TypeError('a')), TypeError, 'typed'));
show(() => assert.doesNotThrow('nope'));
