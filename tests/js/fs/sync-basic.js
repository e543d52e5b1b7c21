// The synchronous API end to end: write, read, stat, readdir, links, fds, errors.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vfs-'));
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello wörld\n');
console.log(fs.readFileSync(f, 'utf8'), fs.readFileSync(f).length, fs.readFileSync(f, {encoding:'latin1'}).length);
fs.appendFileSync(f, 'more');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
const st = fs.statSync(f);
console.log(st.isFile(), st.isDirectory(), st.size, typeof st.mtimeMs, st.mtime instanceof Date, st.mode.toString(8));
const bst = fs.statSync(f, {bigint: true});
console.log(typeof bst.size, bst.size, bst.isFile(), typeof bst.mtimeNs);
console.log(fs.statSync(path.join(dir, 'none'), {throwIfNoEntry: false}));
console.log(fs.existsSync(f), fs.existsSync(f + 'x'));
fs.mkdirSync(path.join(dir, 'x/y/z'), {recursive: true});
fs.writeFileSync(path.join(dir, 'x/y/z/f'), new Uint8Array([65,66]));
console.log(fs.readdirSync(dir), fs.readdirSync(dir, {recursive: true}));
console.log(fs.readdirSync(dir, {withFileTypes: true}).map(d => [d.name, d.isFile(), d.isDirectory()]));
fs.symlinkSync('a.txt', path.join(dir, 'ln'));
console.log(fs.readlinkSync(path.join(dir, 'ln')), fs.lstatSync(path.join(dir, 'ln')).isSymbolicLink());
console.log(fs.realpathSync(path.join(dir, 'ln')) === fs.realpathSync.native(f));
const fd = fs.openSync(f, 'r+');
const buf = new Uint8Array(5);
console.log(fs.readSync(fd, buf, 0, 5, 0), String.fromCharCode(...buf));
console.log(fs.writeSync(fd, 'HE', 0), fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 4); fs.fsyncSync(fd); fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
fs.copyFileSync(f, f + '.copy'); fs.renameSync(f + '.copy', f + '.moved');
fs.chmodSync(f + '.moved', 0o600); console.log((fs.statSync(f + '.moved').mode & 0o777).toString(8));
fs.utimesSync(f, 1000, 2000); console.log(fs.statSync(f).mtimeMs, fs.statSync(f).atime.toISOString());
for (const fn of [() => fs.readFileSync('nope'), () => fs.rmSync(dir), () => fs.openSync(f, 'z'), () => fs.mkdirSync(dir), ()=>fs.readdirSync('nonexist'), ()=>fs.realpathSync('nope/x')]) {
  try { fn(); } catch (e) { console.log(e.name, e.code, e.message.replace(dir, 'DIR').replace(process.cwd(), 'CWD')); }
}
fs.rmSync(dir, {recursive: true});
console.log(fs.existsSync(dir));
