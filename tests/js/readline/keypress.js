// emitKeypressEvents: names and modifiers of plain keys, control keys,
// meta (ESC-prefixed) keys, CSI/SS3 sequences split across chunks, and a
// lone ESC that becomes the Escape key after escapeCodeTimeout.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
readline.emitKeypressEvents(input, { escapeCodeTimeout: 20 });
input.on('keypress', (ch, key) => console.log(JSON.stringify(ch), JSON.stringify(key)));
input.write('aZ5.\r\n\t\x7f\x03 ');
input.write('\x1bb\x1b[A\x1b[1;5C\x1bOP\x1b[3~\x1b[');
input.write('2$\x1b[Z\x1b[[A');
input.write('é😀');
input.write('\x1b');
setTimeout(() => input.write('x'), 60);
