// gunzip/unzip decode every member of a concatenated gzip file; a zlib
// stream ends at its first end marker, whatever follows.
const zlib = require('zlib');
const gz = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def')]);
const zz = Buffer.concat([zlib.deflateSync('abc'), zlib.deflateSync('def')]);
console.log(zlib.gunzipSync(gz).toString(), zlib.unzipSync(gz).toString());
console.log(zlib.unzipSync(zz).toString());
zlib.unzip(zz, (err, out) => {
  console.log('async zlib', err, out.toString());
  zlib.unzip(gz, (err2, out2) => {
    console.log('async gzip', err2, out2.toString());
    splitMagic();
  });
});

// The gzip magic split over two writes still counts. (Run last: separate
// thread-pool jobs finish in any order.)
function splitMagic() {
  const u = zlib.createUnzip();
  const parts = [];
  u.on('data', (c) => parts.push(c));
  u.on('end', () => console.log('split', Buffer.concat(parts).toString()));
  u.write(gz.subarray(0, 1));
  setImmediate(() => u.end(gz.subarray(1)));
}
