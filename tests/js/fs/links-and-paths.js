// Links, realpath (JS and native), rename, copyFile, chmod, times, truncate,
// and relative paths resolved against process.cwd().
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
const real = fs.realpathSync(dir);
const show = (v) => (typeof v === 'string' ? v.split(real).join('REAL').split(dir).join('DIR') : v);
fs.mkdirSync(path.join(dir, 'sub'));
process.chdir(path.join(dir, 'sub'));
fs.writeFileSync('t.txt', 'target');
fs.symlinkSync('t.txt', 'rel-link');
fs.symlinkSync(path.join(dir, 'sub'), '../abs-link');
fs.linkSync('t.txt', 'hard');
console.log(fs.readlinkSync('rel-link'), show(fs.readlinkSync('../abs-link')));
console.log(show(fs.realpathSync('rel-link')), show(fs.realpathSync('../abs-link/rel-link')));
console.log(show(fs.realpathSync.native('../abs-link/t.txt')), show(fs.realpathSync('.')));
console.log(fs.statSync('hard').nlink, fs.readFileSync('hard', 'utf8'));
fs.symlinkSync('loop2', 'loop1');
fs.symlinkSync('loop1', 'loop2');
try { fs.realpathSync.native('loop1'); } catch (e) { console.log(e.code, e.syscall, show(e.message)); }
try { fs.readFileSync('loop1'); } catch (e) { console.log(e.code, e.syscall, show(e.message)); }

fs.copyFileSync('t.txt', 'copy.txt');
fs.renameSync('copy.txt', 'moved.txt');
console.log(fs.existsSync('copy.txt'), fs.readFileSync('moved.txt', 'latin1'));
fs.chmodSync('moved.txt', '600');
console.log((fs.statSync('moved.txt').mode & 0o777).toString(8));
fs.truncateSync('moved.txt', 3);
console.log(fs.readFileSync('moved.txt', 'utf8'));
fs.truncateSync('moved.txt');
console.log(fs.statSync('moved.txt').size);
fs.utimesSync('moved.txt', 100, new Date(200500));
console.log(fs.statSync('moved.txt').atimeMs, fs.statSync('moved.txt').mtimeMs);
fs.lutimesSync('rel-link', 300, 400);
console.log(fs.lstatSync('rel-link').mtimeMs, fs.statSync('rel-link').mtimeMs !== 400000);

fs.realpath('rel-link', (err, p) => {
  console.log('cb realpath', err, show(p));
  fs.realpath('nope/deeper', (err) => {
    console.log('cb realpath error', err.code, err.syscall, show(err.message));
    fs.realpath.native('rel-link', (err, p2) => {
      console.log('cb realpath.native', err, show(p2));
      fs.readlink('rel-link', (err, target) => {
        console.log('cb readlink', err, target);
        fs.symlink('t.txt', 'rel-link', (err) => {
          console.log('cb symlink', err.code, err.message);
          fs.rename('nope', 'x', (err) => {
            console.log('cb rename', err.code, err.message, err.dest);
            fs.copyFile('t.txt', 'c2', fs.constants.COPYFILE_EXCL, (err) => {
              console.log('cb copyFile', err, fs.readFileSync('c2', 'utf8'));
              fs.truncate('c2', 2, (err) => {
                console.log('cb truncate', err, fs.readFileSync('c2', 'utf8'));
                process.chdir('/');
                fs.rmSync(dir, { recursive: true });
                console.log(fs.existsSync(dir));
              });
            });
          });
        });
      });
    });
  });
});
