'use strict';
// One fs workload, timed inside the runtime: node bench/fs.js runs it under
// vigil and node. Usage: RUNTIME fs.js CASE DIR
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const [kind, dir] = process.argv.slice(2);
const big = path.join(dir, 'big.bin');

function done(start) {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(`${ms.toFixed(2)}\n`);
}

const start = process.hrtime.bigint();
switch (kind) {
  case 'readFile':
    fs.readFile(big, (err, data) => {
      if (err) throw err;
      if (data.length !== 100 * 1024 * 1024) throw new Error('short read');
      done(start);
    });
    break;
  case 'hashStream': {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(big)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => {
        hash.digest('hex');
        done(start);
      });
    break;
  }
  case 'copyStream': {
    const out = path.join(dir, `copy-${process.pid}.bin`);
    fs.createReadStream(big).pipe(fs.createWriteStream(out)).on('finish', () => {
      done(start);
      fs.unlinkSync(out);
    });
    break;
  }
  case 'smallFiles': {
    const base = path.join(dir, `small-${process.pid}`);
    fs.mkdirSync(base);
    let i = 0;
    const next = () => {
      if (i === 10000) {
        done(start);
        fs.rmSync(base, { recursive: true });
        return;
      }
      const file = path.join(base, `f${i % 100}.txt`);
      fs.writeFile(file, `payload ${i}`, (err) => {
        if (err) throw err;
        fs.readFile(file, 'utf8', (err2, text) => {
          if (err2) throw err2;
          if (text !== `payload ${i}`) throw new Error('mismatch');
          i++;
          next();
        });
      });
    };
    next();
    break;
  }
  default:
    throw new Error(`unknown case ${kind}`);
}
