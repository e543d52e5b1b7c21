// Order of 'readable', 'data', 'end' and 'close' in paused and flowing mode,
// interleaved with nextTick and microtask markers.
const { Readable } = require('stream');
const log = [];
const mark = (s) => log.push(s);

const paused = new Readable({ read() {} });
paused.on('readable', () => {
  mark('p:readable');
  let chunk;
  while ((chunk = paused.read()) !== null) mark(`p:read ${chunk}`);
});
paused.on('end', () => mark('p:end'));
paused.on('close', () => mark('p:close'));
paused.push('a');
paused.push('b');
process.nextTick(() => mark('tick1'));
Promise.resolve().then(() => mark('micro1'));
paused.push(null);

const flowing = new Readable({ read() {} });
flowing.on('data', (d) => mark(`f:data ${d}`));
flowing.on('end', () => mark('f:end'));
flowing.on('close', () => mark('f:close'));
flowing.on('resume', () => mark('f:resume'));
flowing.push('x');
flowing.push('y');
flowing.push(null);
process.nextTick(() => mark('tick2'));

setImmediate(() => console.log(log.join('\n')));
