// process.emitWarning prints once to stderr and emits 'warning'.
process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code));
process.emitWarning('something odd', 'CustomWarning', 'CODE1');
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
console.log('sync done');
