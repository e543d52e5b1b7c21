'use strict';

// The 'path/posix' module: the POSIX flavour of 'path' on every platform.
module.exports = require('path').posix;
