// fs.cp, fs.cpSync and fs/promises cp: trees, links, filters, timestamps, modes and node's errors.
const fs = require('fs');
const path = require('path');
const base = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
const show = (s) => String(s).split(base).join('BASE');
const src = path.join(base, 'src');
fs.mkdirSync(path.join(src, 'sub/deeper'), { recursive: true });
fs.writeFileSync(path.join(src, 'a.txt'), 'A');
fs.writeFileSync(path.join(src, 'sub/b.txt'), 'B');
fs.writeFileSync(path.join(src, 'sub/deeper/c.txt'), 'C');
fs.chmodSync(path.join(src, 'a.txt'), 0o640);
fs.symlinkSync('a.txt', path.join(src, 'link'));
fs.utimesSync(path.join(src, 'a.txt'), 1000, 2000);
const list = (d) => fs.readdirSync(d, { recursive: true }).sort();
const tryit = (fn) => { try { fn(); console.log('ok'); } catch (e) { console.log(e.name, e.code, show(e.message)); } };

tryit(() => fs.cpSync(src, path.join(base, 'nope')));
tryit(() => fs.cpSync(src, path.join(src, 'sub/inside'), { recursive: true }));
tryit(() => fs.cpSync(path.join(src, 'a.txt'), path.join(src, 'a.txt')));
tryit(() => fs.cpSync(path.join(base, 'missing'), path.join(base, 'x')));
tryit(() => fs.cpSync(src, path.join(base, 'x'), { dereference: true, verbatimSymlinks: true }));
fs.cpSync(src, path.join(base, 'copy'), { recursive: true, preserveTimestamps: true });
console.log(list(path.join(base, 'copy')));
console.log(fs.readlinkSync(path.join(base, 'copy/link')) === path.join(src, 'a.txt'));
console.log((fs.statSync(path.join(base, 'copy/a.txt')).mode & 0o777).toString(8), fs.statSync(path.join(base, 'copy/a.txt')).mtimeMs);
fs.cpSync(src, path.join(base, 'filtered'), { recursive: true, filter: (s) => !s.endsWith('b.txt') });
console.log(list(path.join(base, 'filtered')));
fs.writeFileSync(path.join(base, 'copy/a.txt'), 'changed');
tryit(() => fs.cpSync(path.join(src, 'a.txt'), path.join(base, 'copy/a.txt'), { force: false, errorOnExist: true }));
fs.cpSync(path.join(src, 'a.txt'), path.join(base, 'copy/a.txt'), { force: false });
console.log(fs.readFileSync(path.join(base, 'copy/a.txt'), 'utf8'));
fs.cpSync(path.join(src, 'a.txt'), path.join(base, 'copy/a.txt'));
console.log(fs.readFileSync(path.join(base, 'copy/a.txt'), 'utf8'));
tryit(() => fs.cpSync(src, path.join(base, 'copy/a.txt'), { recursive: true }));
tryit(() => fs.cpSync(path.join(src, 'a.txt'), path.join(base, 'copy/sub')));
fs.cpSync(path.join(src, 'a.txt'), path.join(base, 'new/dir/a.txt'));
console.log(fs.existsSync(path.join(base, 'new/dir/a.txt')));

fs.cp(src, path.join(base, 'async'), { recursive: true }, (err) => {
  console.log('cb', err, list(path.join(base, 'async')));
  fs.cp(src, path.join(base, 'async2'), (err) => {
    console.log('cb error', err.code, show(err.message));
    fs.promises.cp(src, path.join(base, 'p'), { recursive: true, filter: async (s) => !s.includes('deeper') }).then(() => {
      console.log('promises', list(path.join(base, 'p')));
      fs.rmSync(base, { recursive: true });
      console.log(fs.existsSync(base));
    });
  });
});
