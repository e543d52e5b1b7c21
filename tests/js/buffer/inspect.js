'use strict';
// util.inspect of Buffers: byte limit, extra properties, subclasses.
const util = require('util');
const buffer = require('buffer');
console.log(util.inspect(Buffer.alloc(0)), util.inspect(Buffer.from('abc')));
console.log(util.inspect(Buffer.alloc(51, 1)));
console.log(util.inspect(Buffer.alloc(52, 2)));
const extra = Buffer.from('xy');
extra.name = 'test';
console.log(util.inspect(extra));
const empty = Buffer.alloc(0);
empty.k = { nested: [1, 2] };
console.log(util.inspect(empty));
buffer.INSPECT_MAX_BYTES = 2;
console.log(util.inspect(Buffer.from('abcd')), util.inspect(Buffer.from('abc')));
buffer.INSPECT_MAX_BYTES = 0;
console.log(util.inspect(Buffer.from('ab')));
buffer.INSPECT_MAX_BYTES = 50;
class Sub extends Buffer {}
console.log(util.inspect(Object.setPrototypeOf(Buffer.from('s'), Sub.prototype)));
console.log(`${Buffer.from('\u00e9')}`, String(Buffer.from('str')), Buffer.from('ab').inspect());
console.log(Buffer.from([1, 2, 3]));
