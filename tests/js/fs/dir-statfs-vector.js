// opendir/Dir (sync, callback, async iteration), statfs and readv/writev.
const fs = require('fs');
const d = fs.mkdtempSync(require('path').join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
for (const n of ['a', 'b', 'c']) fs.writeFileSync(d + '/' + n, n);
const dir = fs.opendirSync(d);
const names = [];
let e;
while ((e = dir.readSync()) !== null) names.push(e.name + (e.isFile() ? ':f' : ''));
console.log(names.sort(), dir.path === d);
dir.closeSync();
try { dir.closeSync(); } catch (err) { console.log(err.code, err.message); }
(async () => {
  const seen = [];
  for await (const ent of await fs.promises.opendir(d)) seen.push(ent.name);
  console.log(seen.sort());
  fs.opendir(d, (err, dd) => {
    dd.read((err, ent) => {
      console.log('cb read', err, typeof ent.name);
      dd.close((err) => {
        console.log('closed', err);
        const s = fs.statfsSync(d);
        console.log(s.constructor.name, Object.keys(s), typeof s.bsize, typeof fs.statfsSync(d, { bigint: true }).blocks);
        const fd = fs.openSync(d + '/v', 'w+');
        console.log(fs.writevSync(fd, [Buffer.from('ab'), new Uint8Array([99, 100])], 0));
        const b1 = Buffer.alloc(1), b2 = Buffer.alloc(3);
        console.log(fs.readvSync(fd, [b1, b2], 0), b1.toString(), b2.toString());
        fs.readv(fd, [b2], 1, (err, n, bufs) => {
          console.log('readv', err, n, bufs[0].toString());
          fs.closeSync(fd);
          fs.promises.statfs(d).then((st) => {
            console.log('p statfs', typeof st.type);
            process.on('exit', () => console.log('removed', !fs.existsSync(d)));
            fs.rmSync(d, { recursive: true });
          });
        });
      });
    });
  });
})();
