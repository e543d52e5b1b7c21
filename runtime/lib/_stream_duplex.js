'use strict';
// The pre-v0.10 module name of the duplex stream class, kept for old packages.
module.exports = require('internal/streams/duplex');
