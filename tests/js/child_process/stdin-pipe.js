// process.stdin read from a pipe: a child (this runtime) echoes what it
// reads, in chunks, and sees 'end' when the parent closes its stdin.
const { spawn } = require('child_process');
const script = `
let got = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { got += d; });
process.stdin.on('end', () => { console.log('child got', JSON.stringify(got)); });
`;
const child = spawn(process.execPath, ['-e', script]);
let out = '';
child.stdout.on('data', (d) => (out += d));
child.on('close', (code) => console.log(out.trim(), 'code', code));
child.stdin.write('line one\n');
setTimeout(() => child.stdin.end('line two\n'), 20);
