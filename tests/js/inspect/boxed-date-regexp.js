// Boxed primitives, dates and regular expressions, plain and with extra
// properties.
const { inspect } = require('util');
console.log(inspect([new Number(1), new Number(-0), new String('str'), new Boolean(true),
  Object(Symbol('s')), Object(5n)]));
const boxed = new String('ab');
boxed.extra = 1;
console.log(inspect(boxed));
console.log(inspect(new Date(86400000)), inspect(new Date(NaN)));
const d = new Date(0);
d.note = 'epoch';
console.log(inspect(d));
console.log(inspect(/a+b/gimsuy), inspect(new RegExp('x/y')), inspect(/[\n]/));
const re = /re/;
re.lastIndex = 3;
re.tag = 'x';
console.log(inspect(re));
class MyDate extends Date {}
class MyRegExp extends RegExp {}
console.log(inspect(new MyDate(0)), inspect(new MyRegExp('m')));
console.log(inspect({ d: new Date(0), r: /r/ }, { depth: -1 }));
