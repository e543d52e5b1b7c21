// fs.createReadStream/createWriteStream: chunks, pipe, ranges, encodings, positions, errors, FileHandle streams.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
const big = path.join(dir, 'big.bin');
const data = Buffer.alloc(300 * 1024 + 5);
for (let i = 0; i < data.length; i++) data[i] = i % 253;
fs.writeFileSync(big, data);
const rs = fs.createReadStream(big);
let chunks = 0;
let total = 0;
const hash = crypto.createHash('sha256');
rs.on('open', (fd) => console.log('open', typeof fd));
rs.on('ready', () => console.log('ready', rs.pending));
rs.on('data', (c) => { chunks++; total += c.length; hash.update(c); });
rs.on('end', () => {
  console.log('end', chunks, total, hash.digest('hex') === crypto.createHash('sha256').update(data).digest('hex'), rs.bytesRead);
});
rs.on('close', () => {
  console.log('read closed');
  const out = path.join(dir, 'copy.bin');
  fs.createReadStream(big).pipe(fs.createWriteStream(out)).on('finish', function() {
    console.log('copied', fs.readFileSync(out).equals(data), this.bytesWritten);
    const part = fs.createReadStream(big, { start: 10, end: 19, encoding: 'hex' });
    let s = '';
    part.on('data', (d) => (s += d)).on('end', () => {
      console.log('range', s, part.bytesRead);
      const ws = fs.createWriteStream(path.join(dir, 'w.txt'), { flags: 'w' });
      ws.write('hello ');
      ws.write(Buffer.from('world'));
      ws.end('!', () => {
        console.log(fs.readFileSync(path.join(dir, 'w.txt'), 'utf8'), ws.bytesWritten);
        fs.createReadStream(path.join(dir, 'missing')).on('error', (e) => {
          console.log('error', e.code, e.message.split(dir).join('DIR'));
          const ws2 = fs.WriteStream(path.join(dir, 'pos.txt'));
          ws2.end('abcdef', () => {
            const ws3 = fs.createWriteStream(path.join(dir, 'pos.txt'), { flags: 'r+', start: 2 });
            ws3.end('XY', () => {
              console.log(fs.readFileSync(path.join(dir, 'pos.txt'), 'utf8'));
              (async () => {
                const fh = await fs.promises.open(big);
                let n = 0;
                for await (const c of fh.createReadStream({ start: 0, end: 99 })) n += c.length;
                console.log('filehandle stream', n, fh.fd);
                fs.rmSync(dir, { recursive: true });
                console.log(fs.existsSync(dir));
              })();
            });
          });
        });
      });
    });
  });
});
