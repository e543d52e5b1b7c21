// The escape sequences written by cursorTo, moveCursor, clearLine,
// clearScreenDown, Readline from readline/promises, and their errors.
const readline = require('readline');
const { Readline } = require('readline/promises');
const out = [];
const stream = { write(data, cb) { out.push(JSON.stringify(data)); if (cb) cb(); return true; } };
console.log(readline.cursorTo(stream, 3));
readline.cursorTo(stream, 3, 4);
readline.moveCursor(stream, -2, 5);
readline.moveCursor(stream, 1, -1);
readline.moveCursor(stream, 0, 0);
readline.clearLine(stream, -1);
readline.clearLine(stream, 1);
readline.clearLine(stream, 0);
readline.clearScreenDown(stream);
console.log(out.join(' '));
try {
  readline.cursorTo(stream, 'a', 1);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  readline.cursorTo(stream, NaN);
} catch (e) {
  console.log(e.code, e.message);
}
readline.cursorTo(null, 1, 1, () => console.log('callback without stream'));
out.length = 0;
try {
  new Readline(stream);
} catch (e) {
  console.log(e.code, e.message);
}
const { Writable } = require('stream');
const rl = new Readline(new Writable({ write(c, e, cb) { out.push(JSON.stringify(String(c))); cb(); } }));
rl.cursorTo(0, 0).moveCursor(2, 2).clearLine(0).clearScreenDown();
console.log('before commit', out.length);
rl.commit().then(() => console.log('committed', out.join(' ')));
