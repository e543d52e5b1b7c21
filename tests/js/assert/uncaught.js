'use strict';
// An AssertionError nobody catches ends the process with exit code 1.
const assert = require('assert');

assert.strictEqual(1 + 1, 3);
