// readdir: names, Dirents, recursion (breadth first) and encodings.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
fs.mkdirSync(path.join(dir, 'b/c/d'), { recursive: true });
fs.mkdirSync(path.join(dir, 'a'));
fs.writeFileSync(path.join(dir, 'z.txt'), '');
fs.writeFileSync(path.join(dir, 'b/c/file'), '');
fs.writeFileSync(path.join(dir, 'a/1'), '');
fs.symlinkSync('b', path.join(dir, 'link-to-b'));
fs.symlinkSync('missing', path.join(dir, 'dangling'));
process.chdir(dir);

console.log(fs.readdirSync('.'));
console.log(fs.readdirSync('.', 'utf8'));
console.log(fs.readdirSync('.', { recursive: true }));
console.log(fs.readdirSync('b', { recursive: true }));
const dirents = fs.readdirSync('.', { withFileTypes: true });
for (const d of dirents) {
  console.log(d instanceof fs.Dirent, d.name, d.path, d.parentPath, d.isFile(), d.isDirectory(), d.isSymbolicLink());
}
console.log(fs.readdirSync('.', { withFileTypes: true, recursive: true }).map((d) => `${d.parentPath}|${d.name}|${d.isDirectory()}`));
console.log(fs.readdirSync(dir).length);

fs.readdir('.', (err, names) => {
  console.log('cb', err, names);
  fs.readdir('.', { withFileTypes: true }, (err, ds) => {
    console.log('cb dirents', err, ds.map((d) => d.name + (d.isDirectory() ? '/' : '')));
    fs.readdir('b', { recursive: true }, (err, all) => {
      console.log('cb recursive', err, all);
      fs.readdir('nope', (err) => {
        console.log('cb error', err.code, err.message);
        process.chdir('/');
        fs.rmSync(dir, { recursive: true });
        console.log(fs.existsSync(dir));
      });
    });
  });
});
