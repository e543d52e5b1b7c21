// An uncaught error is printed with its extra properties, at least five
// levels deep, ignoring its own custom inspect function.
console.log('before');
const err = new TypeError('deep failure');
err.code = 'E_DEEP';
err.info = { a: { b: { c: { d: { e: { f: 1 } } } } } };
err[Symbol.for('nodejs.util.inspect.custom')] = () => 'CUSTOM';
throw err;
