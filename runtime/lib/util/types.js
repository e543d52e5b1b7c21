'use strict';

// The public `util/types` module (also util.types).

module.exports = require('internal/util/types');
