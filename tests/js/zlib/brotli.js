// Brotli streams and helpers: round trip, quality parameter, bad params,
// corrupt input errors.
const zlib = require('zlib');
const input = Buffer.from('brotli brotli brotli compresses repeated text well. '.repeat(50));
const fast = zlib.brotliCompressSync(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } });
const best = zlib.brotliCompressSync(input, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
console.log('round trip', zlib.brotliDecompressSync(fast).equals(input), zlib.brotliDecompressSync(best).equals(input));
console.log('best <= fast', best.length <= fast.length);
try {
  zlib.createBrotliCompress({ params: { 10000: 1 } });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
zlib.brotliDecompress(Buffer.from([1, 2, 3, 4, 5]), (err) => {
  console.log('corrupt', err.message, err.code, err.errno);
  const c = zlib.createBrotliCompress();
  const d = zlib.createBrotliDecompress();
  let out = '';
  d.on('data', (x) => { out += x; });
  d.on('end', () => console.log('stream', out));
  c.pipe(d);
  c.end('hello brotli stream');
});
