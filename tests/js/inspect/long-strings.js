// Long strings are split on newlines into '+'-joined pieces; maxStringLength
// truncates with a "... n more characters" trailer.
const { inspect } = require('util');
const long = 'The quick brown fox jumps over the lazy dog. '.repeat(3);
console.log(inspect(long));
const multi = 'first line of text that is long enough\nsecond line that is also fairly long\nthird';
console.log(inspect(multi));
console.log(inspect({ key: multi, nested: { deeper: multi } }));
console.log(inspect([multi]));
console.log(inspect('short\nlines'));
console.log(inspect('abcdefghij', { maxStringLength: 4 }));
console.log(inspect('abcdefghij', { maxStringLength: 9 }));
console.log(inspect(['abcdefghij'], { maxStringLength: 0 }));
console.log(inspect(long, { maxStringLength: null }));
console.log(inspect(multi, { breakLength: Infinity }));
console.log(inspect(multi, { compact: true }));
