'use strict';
// os.constants: the tables have node's keys, in node's order, with the
// values of this platform's headers.
const { constants } = require('os');

console.log(Object.keys(constants));
console.log(Object.getPrototypeOf(constants), Object.getPrototypeOf(constants.signals));
console.log(constants.UV_UDP_REUSEADDR, constants.dlopen);
console.log(constants.priority);
console.log(Object.keys(constants.signals).join(' '));
console.log(constants.signals.SIGINT, constants.signals.SIGKILL, constants.signals.SIGTERM,
            constants.signals.SIGUSR1, constants.signals.SIGCHLD);
console.log(Object.keys(constants.errno).join(' '));
console.log(constants.errno.ENOENT, constants.errno.EACCES, constants.errno.EADDRINUSE,
            constants.errno.ECONNREFUSED, constants.errno.EWOULDBLOCK);
