// A SyntaxError in a required file names the file and line.
require('../fixtures/bad-syntax.js');
