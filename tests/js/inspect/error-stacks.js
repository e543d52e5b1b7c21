// Error stacks printed by inspect: frames are kept, indented inside
// containers, and frames shared with the cause are folded.
const { inspect } = require('util');
const err = new Error('boom');
err.stack = 'Error: boom\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)';
console.log(inspect(err));
console.log(inspect({ err }));
console.log(inspect([[err]]));
const cause = new Error('root');
cause.stack = 'Error: root\n    at f1 (/x.js:1:1)\n    at f2 (/x.js:2:2)\n    at f3 (/x.js:3:3)\n    at f4 (/x.js:4:4)\n    at f5 (/x.js:5:5)';
const outer = new Error('outer', { cause });
outer.stack = 'Error: outer\n    at g0 (/x.js:9:9)\n    at f2 (/x.js:2:2)\n    at f3 (/x.js:3:3)\n    at f4 (/x.js:4:4)\n    at f5 (/x.js:5:5)';
console.log(inspect(outer));
const weird = new TypeError('msg');
weird.stack = 'something unrelated';
console.log(inspect(weird));
const sub = new (class Oops extends RangeError {})('bad');
sub.stack = 'RangeError: bad\n    at x (/y.js:1:1)';
console.log(inspect(sub));
const empty = new Error('e');
empty.stack = '';
console.log(inspect(empty));
const named = new Error('n');
named.name = 'Fancy';
named.stack = 'Error: n\n    at z (/z.js:1:1)';
console.log(inspect(named));
