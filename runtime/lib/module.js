'use strict';
// The public `module` builtin: node's Module class.
module.exports = require('internal/modules/cjs').Module;
