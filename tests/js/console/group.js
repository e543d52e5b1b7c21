// console.group indents following output by two spaces per level,
// including every line of multi-line messages and stderr output.
console.log('level 0');
console.group('Group A');
console.log('level 1');
console.log('two\nlines');
console.group();
console.log({ an: 'object', with: ['array', 'items'], long: 'x'.repeat(60) });
console.groupCollapsed('Collapsed %s', 'label');
console.log('level 3');
console.groupEnd();
console.groupEnd();
console.log('back to 1');
console.groupEnd();
console.groupEnd();
console.log('level 0 again');
console.group('a', 'b', { c: 1 });
console.table([{ x: 1 }]);
console.groupEnd();
