'use strict';
// The `+ actual - expected` diff of deepStrictEqual and strictEqual.
const assert = require('assert');

function show(fn) {
  try {
    fn();
  } catch (err) {
    console.log(err.message);
    console.log('---');
  }
}

show(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
const long = Array.from({ length: 30 }, (_, i) => ({ x: i }));
const longOther = long.map((o, i) => (i === 29 ? { x: 31 } : o));
show(() => assert.deepStrictEqual(long, longOther));
const many = Array.from({ length: 80 }, (_, i) => i);
show(() => assert.deepStrictEqual(many, many.map((v) => -v)));
show(() => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show(() => assert.deepStrictEqual({ s: Symbol('x') }, { s: Symbol('x') }));
show(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
show(() => assert.deepStrictEqual('a'.repeat(20), 'a'.repeat(19) + 'b'));
show(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show(() => assert.deepStrictEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['a', 'b', 'c', 'x', 'e', 'f', 'g']));
show(() => assert.strictEqual([1, 2, 3], [1, 2, 3]));
show(() => assert.strictEqual(function a() {}, function b() {}));
