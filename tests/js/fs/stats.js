// Stats and BigIntStats: fields, types, mode tests and dates, from stat,
// lstat and fstat.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'twelve bytes');
fs.symlinkSync('f', path.join(dir, 'l'));
fs.utimesSync(file, new Date('2020-01-02T03:04:05.678Z'), 1600000000.25);

const st = fs.statSync(file);
console.log(Object.keys(st).join(','));
console.log(st instanceof fs.Stats, st.constructor.name);
for (const key of Object.keys(st)) console.log(key, typeof st[key], st[key] instanceof Date);
console.log(st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(), st.isSocket(),
  st.isBlockDevice(), st.isCharacterDevice());
console.log(st.atimeMs, st.atime.toISOString(), st.mtimeMs, st.mtime.toISOString());
console.log(st.nlink, st.uid === process.getuid?.() || st.uid >= 0, st.blksize > 0, st.blocks >= 0);
console.log((st.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);

const l = fs.lstatSync(path.join(dir, 'l'));
console.log(l.isSymbolicLink(), l.isFile(), fs.statSync(path.join(dir, 'l')).ino === st.ino);
console.log(fs.statSync(dir).isDirectory());

const big = fs.statSync(file, { bigint: true });
console.log(Object.keys(big).join(','));
for (const key of Object.keys(big)) console.log(key, typeof big[key], big[key] instanceof Date);
console.log(big.size, big.isFile(), big.mtimeNs, big.mtimeMs, big.atimeNs, big.mtime.toISOString());

const fd = fs.openSync(file, 'r');
const fst = fs.fstatSync(fd);
console.log(fst.ino === st.ino, fst.size, fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);

fs.stat(file, { bigint: true }, (err, s) => {
  console.log('async bigint', err, s.size, s.isFile());
  fs.lstat(path.join(dir, 'l'), (err, s2) => {
    console.log('async lstat', err, s2.isSymbolicLink());
    fs.rmSync(dir, { recursive: true });
    console.log(fs.existsSync(dir));
  });
});
