'use strict';

// The 'path/win32' module: the Windows flavour of 'path' on every platform.
module.exports = require('path').win32;
