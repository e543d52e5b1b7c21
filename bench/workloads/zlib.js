'use strict';
// One zlib or crypto workload, timed inside the runtime: node bench/zlib.js
// runs it under vigil and node. Usage: RUNTIME zlib.js CASE DIR
// DIR holds data.bin (32 MiB, semi-compressible) and data.gz (it, gzipped).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const crypto = require('crypto');
const { Readable, Writable } = require('stream');
const [kind, dir] = process.argv.slice(2);
const CHUNK = 64 * 1024;

function done(start) {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(`${ms.toFixed(2)}\n`);
}

// Feeds `data` in 64 KiB chunks through `transform` and counts what comes out.
function pipeChunks(data, transform, start, check) {
  let i = 0;
  const source = new Readable({
    highWaterMark: CHUNK,
    read() {
      if (i >= data.length) return this.push(null);
      this.push(data.subarray(i, i + CHUNK));
      i += CHUNK;
    },
  });
  let total = 0;
  const sink = new Writable({
    highWaterMark: CHUNK,
    write(chunk, encoding, cb) {
      total += chunk.length;
      cb();
    },
  });
  source.pipe(transform).pipe(sink).on('finish', () => {
    check(total);
    done(start);
  });
}

// Read before the clock starts: only the zlib/crypto work is timed.
const input = kind === 'gzipStream' || kind === 'deflateSmall' ? fs.readFileSync(path.join(dir, 'data.bin')) : null;
const gz = kind === 'gunzipStream' ? fs.readFileSync(path.join(dir, 'data.gz')) : null;

// The sequential cases measure the hand-off of each job to the thread pool
// and back, so the one-time costs of a first call (OpenSSL's set-up, which
// node does at start-up and vigil on first use, ~3 ms; lazily compiled
// library code) are paid before the clock starts.
if (kind === 'deflateSmall') zlib.deflateSync(input.subarray(0, 1024));
if (kind === 'pbkdf2') crypto.pbkdf2Sync('secret', 'salt', 10, 32, 'sha256');
if (kind === 'randomBytes') crypto.randomBytes(32);

const start = process.hrtime.bigint();
switch (kind) {
  case 'gzipStream':
    pipeChunks(input, zlib.createGzip(), start, (total) => {
      if (total === 0 || total >= input.length) throw new Error(`gzip gave ${total} bytes`);
    });
    break;
  case 'gunzipStream':
    pipeChunks(gz, zlib.createGunzip(), start, (total) => {
      if (total !== 32 * 1024 * 1024) throw new Error(`gunzip gave ${total} bytes`);
    });
    break;
  case 'deflateSmall': {
    // 2,000 one-shot deflates of 1 KiB, one at a time: thread hand-off bound.
    let n = 0;
    const next = () => {
      if (n === 2000) return done(start);
      const off = (n * 1024) % (input.length - 1024);
      zlib.deflate(input.subarray(off, off + 1024), (err, out) => {
        if (err) throw err;
        if (out.length === 0) throw new Error('empty deflate');
        n++;
        next();
      });
    };
    next();
    break;
  }
  case 'pbkdf2': {
    let n = 0;
    const next = () => {
      if (n === 200) return done(start);
      crypto.pbkdf2('secret', `salt${n}`, 10, 32, 'sha256', (err, key) => {
        if (err) throw err;
        if (key.length !== 32) throw new Error('short key');
        n++;
        next();
      });
    };
    next();
    break;
  }
  case 'randomBytes': {
    let n = 0;
    const next = () => {
      if (n === 5000) return done(start);
      crypto.randomBytes(32, (err, buf) => {
        if (err) throw err;
        if (buf.length !== 32) throw new Error('short buffer');
        n++;
        next();
      });
    };
    next();
    break;
  }
  default:
    throw new Error(`unknown case ${kind}`);
}
