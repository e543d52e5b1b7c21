'use strict';
// assert.ok / assert() without a message quote the failing call's source.
const assert = require('assert');
const { ok } = assert;

function show(fn) {
  try {
    fn();
  } catch (err) {
    console.log(JSON.stringify(err.message), err.generatedMessage, err.actual, err.expected, err.operator);
  }
}

show(() => assert.ok(false));
show(() => assert(0));
show(() => ok(''));
show(() => assert(typeof 123 === 'string'));
show(() => assert.ok(null, 'with a message'));
show(() => assert(
  [1, 2].includes(3)
));
show(() => {
  assert.equal(1, 1);
  assert.ok(1 > 2 &&
            'multi line');
});
show(() => assert['ok'](false)); // eslint-disable-line dot-notation
show(() => assert.strict(false));
show(() => assert.strict.ok(undefined));
show(() => assert.ok(false, new SyntaxError('own error')));
show(() => assert(/* comment */ false));
show(() => assert("string with ) paren" === 'x'));
