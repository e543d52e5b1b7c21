// process.stdout is a real stream.Writable: pipeline() into it calls back,
// end() emits 'finish', and writes stay in program order with console.log.
const { spawn } = require('child_process');
const script = `
const { pipeline, Readable, Writable } = require('stream');
console.log('writable', process.stdout instanceof Writable, process.stderr instanceof Writable);
process.stdout.write('one\\n');
console.log('two');
process.stdout.write('three\\n', () => process.stderr.write('write cb\\n'));
pipeline(Readable.from(['a\\n', 'b\\n']), process.stdout, (err) => {
  process.stderr.write('pipeline done ' + err + '\\n');
});
process.stdout.on('finish', () => process.stderr.write('finish\\n'));
`;
const child = spawn(process.execPath, ['-e', script]);
let out = '';
let err = '';
child.stdout.on('data', (d) => (out += d));
child.stderr.on('data', (d) => (err += d));
child.on('close', (code) => {
  console.log(JSON.stringify(out));
  console.log(JSON.stringify(err));
  console.log('code', code);
});
