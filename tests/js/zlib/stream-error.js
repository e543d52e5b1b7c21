// Corrupt input to a stream emits 'error' (errno, code) then 'close';
// a truncated gzip reports unexpected end of file; pipeline reports it.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const inflate = zlib.createInflate();
inflate.on('error', (e) => console.log('error', e.message, e.errno, e.code));
inflate.on('close', () => {
  console.log('close, destroyed', inflate.destroyed);
  const truncated = zlib.gzipSync('some data that is long enough').subarray(0, 15);
  pipeline(Readable.from([truncated]), zlib.createGunzip(), new Writable({ write(c, e, cb) { cb(); } }), (err) => {
    console.log('pipeline', err.code, err.message);
    const big = Buffer.alloc(200000, 'a');
    zlib.gzip(big, { chunkSize: 1024 }, (err2, out) => {
      zlib.gunzip(out, { maxOutputLength: 1000 }, (err3) => console.log('maxOutputLength', err3.code, err3.message));
      const chunks = [];
      zlib.createGunzip({ chunkSize: 64 }).on('data', (c) => chunks.push(c.length)).on('end', () => {
        console.log('chunks', chunks.length, Math.max(...chunks), chunks.reduce((a, b) => a + b, 0));
      }).end(out);
    });
  });
});
inflate.end(Buffer.from('this is not deflate data'));
