'use strict';
// The `process` builtin: the same object as the global.
module.exports = process;
