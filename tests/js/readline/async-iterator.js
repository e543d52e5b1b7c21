// for await over an Interface yields every line, including one the input
// ends without a newline; crlfDelay and a lone \r.
const readline = require('readline');
const { Readable } = require('stream');
async function main() {
  const input = Readable.from(['alpha\nbe', 'ta\r\ngamma\r', '\ndelta\n\nlast']);
  const rl = readline.createInterface({ input, crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log(lines);
  const rl2 = readline.createInterface({ input: Readable.from(['x\ny\nz\n']) });
  for await (const line of rl2) {
    console.log('first only', line);
    break;
  }
  console.log('closed after break', rl2.closed);
}
main();
