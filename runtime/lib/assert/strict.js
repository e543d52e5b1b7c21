'use strict';

// `assert/strict`: the strict-mode variant that `assert.strict` also is.
module.exports = require('assert').strict;
