// console.error and console.warn write to stderr, console.log to stdout.
console.log('out 1');
console.error('err 1');
console.warn('warn %s', 'formatted', { a: 1 });
console.log('out 2');
console.error(new Map([[1, 2]]));
