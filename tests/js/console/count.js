// console.count / countReset keep one counter per label.
console.count();
console.count();
console.count('label');
console.count('label');
console.count(undefined);
console.count(42);
console.countReset();
console.count();
console.countReset('label');
console.count('label');
console.count({ toString() { return 'coerced'; } });
