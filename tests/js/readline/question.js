// question() writes the query to the output and calls back with the next
// line; the prompt is restored afterwards; promisified and readline/promises
// forms; question after close throws ERR_USE_AFTER_CLOSE.
const readline = require('readline');
const rlp = require('readline/promises');
const util = require('util');
const { PassThrough, Writable } = require('stream');
const written = [];
const output = new Writable({
  write(chunk, enc, cb) {
    written.push(String(chunk));
    cb();
  },
});
const input = new PassThrough();
const rl = readline.createInterface({ input, output, terminal: false, prompt: '$ ' });
rl.on('line', (l) => console.log('line event', l));
rl.question('name? ', (answer) => {
  console.log('answer', answer, 'prompt now', JSON.stringify(rl.getPrompt()));
  util.promisify(rl.question).call(rl, 'age? ').then((age) => {
    console.log('age', age);
    rl.prompt();
    input.write('not a question\n');
    rl.close();
    try {
      rl.question('again?', () => {});
    } catch (e) {
      console.log(e.code, e.message);
    }
    console.log('written', JSON.stringify(written.join('')));
    promisesForm();
  });
  input.write('42\n');
});
input.write('Ada\n');

async function promisesForm() {
  const input2 = new PassThrough();
  const rl2 = rlp.createInterface({ input: input2 });
  setTimeout(() => input2.write('blue\n'), 1);
  console.log('color', await rl2.question('color? '));
  const ac = new AbortController();
  const pending = rl2.question('never? ', { signal: ac.signal });
  ac.abort();
  try {
    await pending;
  } catch (e) {
    console.log('aborted', e.name, e.code);
  }
  rl2.close();
  await rl2.question('closed?').catch((e) => console.log('rejected', e.code));
}
