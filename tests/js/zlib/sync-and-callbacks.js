// One-shot helpers (sync and callback) for every format, dictionaries,
// concatenated gzip members, crc32, and the errors of bad input and options.
const zlib = require('zlib');
const input = Buffer.from('hello hello hello hello world '.repeat(100));
const d = zlib.deflateSync(input);
console.log('deflate', d.length, zlib.inflateSync(d).equals(input));
const g = zlib.gzipSync(input, { level: 9 });
console.log('gzip', g.length, g.slice(0, 3), zlib.gunzipSync(g).equals(input), zlib.unzipSync(g).equals(input), zlib.unzipSync(d).equals(input));
const r = zlib.deflateRawSync(input);
console.log('raw', r.length, zlib.inflateRawSync(r).equals(input));
const b = zlib.brotliCompressSync(input);
console.log('brotli', b.length, zlib.brotliDecompressSync(b).equals(input));
try { zlib.inflateSync(Buffer.from('garbage!')); } catch (e) { console.log(e.message, e.errno, e.code, Object.keys(e)); }
try { zlib.gunzipSync(g.slice(0, 20)); } catch (e) { console.log(e.message, e.errno, e.code); }
try { zlib.brotliDecompressSync(Buffer.from('garbage!')); } catch (e) { console.log(e.message, e.errno, e.code); }
// The callbacks are chained: separate thread-pool jobs may finish in any order.
zlib.gzip('abc', (err, buf) => {
  console.log('async gzip', err, buf.length);
  zlib.gunzip(buf, (err2, out) => {
    console.log('async gunzip', err2, String(out));
    zlib.inflate(Buffer.from('nope'), (err3) => console.log('async error', err3.message, err3.code, err3.errno));
  });
});
console.log(zlib.crc32('hello'), zlib.crc32(Buffer.from('world'), 12345));
const dict = Buffer.from('hello world');
const dd = zlib.deflateSync(input, { dictionary: dict });
console.log('dict', zlib.inflateSync(dd, { dictionary: dict }).equals(input));
try { zlib.inflateSync(dd); } catch (e) { console.log(e.message, e.code); }
try { zlib.inflateSync(dd, { dictionary: Buffer.from('other') }); } catch (e) { console.log(e.message, e.code); }
const multi = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def')]);
console.log('multi', String(zlib.gunzipSync(multi)));
try { new zlib.Deflate({ level: 42 }); } catch (e) { console.log(e.code, e.message); }
try { new zlib.Deflate({ chunkSize: 10 }); } catch (e) { console.log(e.code, e.message); }
try { zlib.deflateSync(42); } catch (e) { console.log(e.code, e.message); }
