// for await over a Readable; break destroys the stream; errors reject the
// loop; Readable.from with sync and async iterables.
const { Readable } = require('stream');
async function main() {
  const out = [];
  for await (const chunk of Readable.from(['a', 'b', 'c'])) out.push(chunk);
  console.log('from array', out);
  async function* gen() {
    yield 1;
    yield 2;
    yield 3;
  }
  const r = Readable.from(gen());
  for await (const v of r) {
    console.log('gen', v);
    if (v === 2) break;
  }
  console.log('after break destroyed', r.destroyed);
  const failing = new Readable({ read() {} });
  failing.push('x');
  setTimeout(() => failing.destroy(new Error('kaput')), 1);
  try {
    for await (const c of failing) console.log('failing chunk', String(c));
  } catch (e) {
    console.log('caught', e.message);
  }
  const bytes = new Readable({ read() {} });
  bytes.push(Buffer.from('hé'));
  bytes.push(Buffer.from([0xc3]));
  bytes.push(Buffer.from([0xa9]));
  bytes.push(null);
  bytes.setEncoding('utf8');
  const parts = [];
  for await (const s of bytes) parts.push(s);
  console.log('decoded', JSON.stringify(parts.join('')));
  console.log('toArray', await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).map((x) => x * 10).toArray());
  console.log('reduce', await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 0));
}
main();
