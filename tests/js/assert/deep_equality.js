'use strict';
// deepEqual / deepStrictEqual and util.isDeepStrictEqual across value kinds.
const assert = require('assert');
const util = require('util');

function passes(fn, a, b) {
  try {
    fn(a, b);
    return 'pass';
  } catch {
    return 'fail';
  }
}

const sym = Symbol('s');
const cycleA = { v: 1 };
cycleA.self = cycleA;
const cycleB = { v: 1 };
cycleB.self = cycleB;
const cycleC = { v: 1 };
cycleC.self = { v: 1, self: cycleC };
const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays

const cases = [
  ['numbers', 1, 1],
  ['zero and minus zero', 0, -0],
  ['NaN', NaN, NaN],
  ['number and string', 1, '1'],
  ['null and undefined', null, undefined],
  ['object and array', {}, []],
  ['nested', { a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  ['nested loose', { a: [1, { b: 2 }] }, { a: ['1', { b: '2' }] }],
  ['key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['extra key', { a: 1 }, { a: 1, b: undefined }],
  ['symbol keys', { [sym]: 1 }, { [sym]: 2 }],
  ['sparse vs undefined', sparse, [1, undefined, 3]],
  ['prototype', Object.create(null), {}],
  ['class instance', new (class A {})(), {}],
  ['dates', new Date(0), new Date(0)],
  ['different dates', new Date(0), new Date(1)],
  ['regexps', /a/gi, /a/gi],
  ['regexp flags', /a/g, /a/i],
  ['boxed numbers', new Number(1), new Number(1)],
  ['boxed vs primitive', new String('a'), 'a'],
  ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['typed array kinds', new Uint8Array([1, 2]), new Int8Array([1, 2])],
  ['float zero', new Float64Array([0]), new Float64Array([-0])],
  ['buffers', Buffer.from('ab'), Buffer.from('ab')],
  ['array buffers', new ArrayBuffer(2), new ArrayBuffer(2)],
  ['sets', new Set([1, 2]), new Set([2, 1])],
  ['loose sets', new Set([1, '2']), new Set(['1', 2])],
  ['object sets', new Set([{ a: 1 }]), new Set([{ a: 1 }])],
  ['maps', new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])],
  ['loose map keys', new Map([['1', 1]]), new Map([[1, 1]])],
  ['object map keys', new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']])],
  ['errors', new Error('a'), new Error('a')],
  ['error types', new Error('a'), new TypeError('a')],
  ['error causes', new Error('a', { cause: 1 }), new Error('a', { cause: 2 })],
  ['cycles', cycleA, cycleB],
  ['cycles of other shape', cycleA, cycleC],
  ['functions', () => 1, () => 1],
  ['weak maps', new WeakMap(), new WeakMap()],
  ['array extra property', Object.assign([1], { x: 1 }), [1]],
];

for (const [name, a, b] of cases) {
  console.log(name.padEnd(24),
              passes(assert.deepEqual, a, b),
              passes(assert.deepStrictEqual, a, b),
              passes(assert.notDeepEqual, a, b),
              passes(assert.notDeepStrictEqual, a, b),
              util.isDeepStrictEqual(a, b));
}
