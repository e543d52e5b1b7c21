// Flags: --bogus-option
console.log('never');
