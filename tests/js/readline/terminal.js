// Terminal mode: keys edit the line (backspace, left, insert, history with
// up), 'history' events, echo written to the output, Ctrl-D closes.
const readline = require('readline');
const { PassThrough, Writable } = require('stream');
const echoed = [];
const output = new Writable({ write(c, e, cb) { echoed.push(String(c)); cb(); } });
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('history', (h) => console.log('history', JSON.stringify(h)));
rl.on('close', () => {
  console.log('close');
  console.log('echo', JSON.stringify(echoed.join('')));
});
rl.prompt();
input.write('helo');
input.write('\x1b[D');
input.write('l');
input.write('\r');
input.write('abc\x7f\x7fz\r');
input.write('\x1b[A\x1b[A\r');
input.write('\x04');
