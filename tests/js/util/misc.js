// util.getSystemErrorName/Map, _errnoException, styleText, log, debuglog
// disabled state.
const util = require('util');
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-98));
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2), map.get(-110));
const e1 = util._errnoException(-2, 'open');
console.log(e1.message, e1.code, e1.errno, e1.syscall, Object.keys(e1));
const e2 = util._errnoException(-13, 'write', 'extra info');
console.log(e2.message);
const e3 = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080);
console.log(e3.message, e3.code, e3.address, e3.port);
const e4 = util._exceptionWithHostPort(-98, 'listen', '::1', 0, 'local');
console.log(e4.message, Object.keys(e4));
console.log(JSON.stringify(util.styleText('red', 'text', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'italic'], 'both')));
console.log(JSON.stringify(util.styleText('green', 'no tty')));
const debug = util.debuglog('vigil_test_section');
console.log(debug.enabled);
debug('not printed %d', 1);
util.debuglog('other', (fn) => console.log('callback got', typeof fn))('also hidden');
