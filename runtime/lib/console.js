'use strict';

// The public `console` module: the global console object itself, with the
// Console class attached (`new console.Console(stream)`), as in node.

const { Console, initializeGlobalConsole } = require('internal/console/constructor');

const globalConsole = initializeGlobalConsole({ __proto__: {} });
globalConsole.Console = Console;

module.exports = globalConsole;
