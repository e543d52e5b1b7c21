// fs/promises writeFile takes iterables, async iterables and streams of
// strings or bytes, and an abort stops a large write between chunks.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const { Readable } = require('stream');
async function main() {
  const dir = await fsp.mkdtemp(path.join(process.env.TMPDIR || '/tmp', 'vwfi-'));
  const f = path.join(dir, 'f.txt');
  await fsp.writeFile(f, ['a', Buffer.from('b'), 'c']);
  console.log(fs.readFileSync(f, 'utf8'));
  await fsp.writeFile(f, (async function* () { yield 'x'; yield 'y'; })());
  console.log(fs.readFileSync(f, 'utf8'));
  await fsp.writeFile(f, Readable.from(['ümlaut', ' ', 'sechzig']), 'latin1');
  console.log(fs.readFileSync(f, 'latin1'));
  const fh = await fsp.open(f, 'w');
  await fh.writeFile(Readable.from(['s', 't']));
  await fh.close();
  console.log(fs.readFileSync(f, 'utf8'));
  for (const bad of [42, null, {}]) {
    await fsp.writeFile(f, [bad]).catch((e) => console.log('item', String(bad), e.code));
  }
  await fsp.writeFile(f, 42).catch((e) => console.log('data', e.code));
  const ac = new AbortController();
  process.nextTick(() => ac.abort());
  await fsp.writeFile(f, Buffer.alloc(8 * 1024 * 1024, 'z'), { signal: ac.signal })
    .catch((e) => console.log('abort', e.name));
  console.log(fs.statSync(f).size < 8 * 1024 * 1024);
  await fsp.rm(dir, { recursive: true });
}
main();
