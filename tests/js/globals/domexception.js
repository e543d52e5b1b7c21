'use strict';
// DOMException: names, legacy codes, accessors and error-like behaviour.
const util = require('util');

const e = new DOMException('went wrong', 'AbortError');
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException);
console.log(Object.prototype.toString.call(e), String(e), Object.keys(e));
console.log(e.stack.split('\n')[0]);
console.log(new DOMException().name, JSON.stringify(new DOMException().message), new DOMException().code);
console.log(new DOMException('m', 'ValidationError').code, new DOMException('m', 'NoSuchError').code);
const withCause = new DOMException('m', { name: 'DataCloneError', cause: 'why' });
console.log(withCause.name, withCause.code, withCause.cause);
console.log(Object.keys(DOMException).length, DOMException.DATA_CLONE_ERR, e.TIMEOUT_ERR);
console.log(Object.keys(DOMException.prototype));
try {
  DOMException.prototype.code; // eslint-disable-line no-unused-expressions
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(util.inspect(e).split('\n')[0]);
