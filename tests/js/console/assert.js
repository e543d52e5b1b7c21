// console.assert prints "Assertion failed" to stderr only for falsy values.
console.assert(true, 'never printed');
console.assert(1);
console.assert(false);
console.assert(0, 'with message');
console.assert('', 'formatted %s %d', 'text', 5);
console.assert(null, { an: 'object' });
console.assert(undefined, 'extra', 'args');
console.log('done');
