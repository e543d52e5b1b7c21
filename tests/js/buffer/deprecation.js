'use strict';
// Calling Buffer() warns once with DEP0005; Buffer.from and friends do not.
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
Buffer.from('a');
Buffer.alloc(1);
Buffer.allocUnsafe(1);
console.log(Buffer(2).length);
console.log(new Buffer('ab').toString());
setTimeout(() => console.log('done'), 1);
