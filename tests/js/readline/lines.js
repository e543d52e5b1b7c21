// createInterface over a stream: \n, \r\n and lone \r endings, a \r\n split
// across chunks, a last line without ending, and the events' order.
const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('pause', () => console.log('pause'));
rl.on('resume', () => console.log('resume'));
rl.on('close', () => console.log('close', rl.closed));
input.on('end', () => console.log('input end'));
input.write('one\ntwo\r\nthr');
input.write('ee\rfour\r');
input.write('\nfive\n\nsix');
process.nextTick(() => console.log('tick'));
input.end('é tail');
