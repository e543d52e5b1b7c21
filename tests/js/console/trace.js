// console.trace prints "Trace: <message>" and the stack to stderr.
function inner() {
  console.trace('from %s', 'inner', { a: 1 });
}
inner();
console.trace();
console.log('stdout unaffected');
