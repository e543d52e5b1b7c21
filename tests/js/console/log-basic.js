// console.log and its aliases format like util.format and end with '\n'.
console.log('hello');
console.log('%s is %d years', 'Ann', 42, { extra: true });
console.log({ a: 1, nested: { deep: { deeper: { deepest: 1 } } } }, [1, 2, 3]);
console.info('info goes to stdout');
console.debug('debug goes to stdout');
console.dirxml('dirxml', { like: 'log' });
console.log();
console.log('');
console.log(null, undefined, 1n, Symbol('s'), -0);
console.log('multi\nline', 'string');
console.log('%c', 'css ignored', 'after');
console.log('%o', { a: [1, 2, { b: 1 }] });
const { log } = console;
log('destructured log still works');
console.log(typeof console.log, console.log.name, console.info.name, console.error.name);
console.log(Object.prototype.toString.call(console));
