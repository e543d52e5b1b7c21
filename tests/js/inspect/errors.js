// Errors: without frames (stackTraceLimit 0), with extra properties,
// cause, AggregateError and renamed or subclassed errors.
const { inspect } = require('util');
Error.stackTraceLimit = 0;
console.log(inspect(new Error('plain')));
console.log(inspect(new TypeError('type')));
console.log(inspect(new RangeError('')));
const props = new Error('with props');
props.code = 'E_CODE';
props.details = { a: [1, 2] };
console.log(inspect(props));
console.log(inspect(new Error('outer', { cause: new Error('inner') })));
console.log(inspect(new Error('cause value', { cause: 'a string' })));
console.log(inspect(new Error('cause undefined', { cause: undefined })));
console.log(inspect(new AggregateError([new Error('a'), new TypeError('b')], 'many')));
const renamed = new Error('renamed');
renamed.name = 'CustomName';
console.log(inspect(renamed));
class MyError extends Error {}
console.log(inspect(new MyError('sub')));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
console.log(inspect(new NamedError('named')));
console.log(inspect({ nested: new Error('in object') }));
console.log(inspect([new Error('in array')]));
const noMsg = new Error();
console.log(inspect(noMsg));
const nullProto = new Error('np');
Object.setPrototypeOf(nullProto, null);
console.log(inspect(nullProto));
const multi = new Error('line one\nline two');
console.log(inspect(multi));
console.log(inspect(Object.assign(new Error('x'), { name: 'Error', message: 'x' })));
