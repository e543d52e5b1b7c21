// stream/consumers over node streams, web streams and async generators.
const { text, json, buffer, arrayBuffer, blob } = require('stream/consumers');
const { Readable } = require('stream');
async function main() {
  console.log(await text(Readable.from(['hé', 'llo'])));
  console.log(await json(Readable.from([Buffer.from('{"a":'), Buffer.from('[1,2]}')])));
  const bytes = Buffer.from('€uro');
  console.log(await text(Readable.from([bytes.subarray(0, 2), bytes.subarray(2)])));
  console.log(await buffer(ReadableStream.from([new Uint8Array([1, 2]), new Uint8Array([3])])));
  console.log((await arrayBuffer(Readable.from([Buffer.from('abc')]))).byteLength);
  const b = await blob((async function* () { yield 'x'; yield 'yz'; })());
  console.log(b.size, await b.text());
  await json(Readable.from(['{bad'])).catch((e) => console.log(e.name));
}
main();
