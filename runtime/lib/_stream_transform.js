'use strict';
// The pre-v0.10 module name of the transform stream class, kept for old packages.
module.exports = require('internal/streams/transform');
