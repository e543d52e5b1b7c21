// Throwing a non-Error prints the value and exits 1.
console.log('x');
throw 'a string';
