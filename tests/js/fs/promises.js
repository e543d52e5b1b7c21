// fs/promises and FileHandle.
const fs = require('fs');
const path = require('path');
async function promisesPart() {
  const fsp = require('fs/promises');
  console.log(fsp === fs.promises);
  const d = await fsp.mkdtemp(path.join(process.env.TMPDIR || '/tmp', 'vfsp-'));
  const g = path.join(d, 'g.txt');
  await fsp.writeFile(g, 'abc');
  await fsp.appendFile(g, 'def');
  console.log(await fsp.readFile(g, 'utf8'), (await fsp.stat(g)).size);
  const fh = await fsp.open(g, 'r+');
  console.log(typeof fh.fd);
  const { bytesRead, buffer } = await fh.read(new Uint8Array(2), 0, 2, 0);
  console.log(bytesRead, String.fromCharCode(...buffer));
  console.log((await fh.write('XY', 0)).bytesWritten);
  console.log(await fh.readFile({ encoding: 'utf8' }), (await fh.stat()).size);
  await fh.close();
  console.log(fh.fd);
  try { await fsp.readFile(path.join(d, 'nope')); } catch (e) { console.log(e.code, e.message.split(d).join('D')); }
  try { await fsp.rm(d); } catch (e) { console.log(e.code, e.message.split(d).join('D')); }
  console.log(await fsp.readdir(d));
  await fsp.rm(d, { recursive: true });
  try { await fsp.access(d); } catch (e) { console.log(e.code); }
}
promisesPart();
