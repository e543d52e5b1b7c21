// mkdir (recursive returns the first directory created), mkdtemp, rm,
// rmdir and unlink, in the three forms.
const fs = require('fs');
const path = require('path');
const fsp = require('fs/promises');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
process.chdir(dir);
const show = (v) => (typeof v === 'string' ? v.split(dir).join('DIR') : v);

console.log(fs.mkdirSync('one'));
console.log(fs.mkdirSync('one/two/three', { recursive: true }));
console.log(fs.mkdirSync('one/two/three', { recursive: true }));
console.log(show(fs.mkdirSync(path.join(dir, 'abs/x'), { recursive: true })));
console.log(fs.mkdirSync('./rel//y/', { recursive: true }));
fs.mkdirSync('modes', 0o700);
console.log((fs.statSync('modes').mode & 0o777).toString(8));
fs.mkdirSync('modes2', { mode: '755' });
console.log((fs.statSync('modes2').mode & 0o777).toString(8));
const tmp = fs.mkdtempSync('pre-');
console.log(tmp.startsWith('pre-'), tmp.length, fs.statSync(tmp).isDirectory());

fs.writeFileSync('one/two/f', 'x');
try { fs.rmdirSync('one'); } catch (e) { console.log(e.code, e.message); }
fs.rmSync('one/two/f');
try { fs.rmSync('one/two/f'); } catch (e) { console.log(e.code, e.message); }
fs.rmSync('one/two/f', { force: true });
fs.rmSync('one', { recursive: true });
console.log(fs.existsSync('one'));
fs.rmdirSync('abs', { recursive: true });
fs.unlinkSync(fs.openSync('gone', 'w') >= 0 ? 'gone' : 'x');
console.log(fs.readdirSync('.').sort().map((n) => n.replace(/^pre-.*/, 'pre-*')));

fs.mkdir('cb/a/b', { recursive: true }, (err, first) => {
  console.log('cb mkdirp', err, first);
  fs.mkdir('cb', (err) => {
    console.log('cb mkdir', err.code, err.message);
    fs.mkdtemp('cbtmp-', (err, made) => {
      console.log('cb mkdtemp', err, made.startsWith('cbtmp-'));
      fs.rm('cb', (err) => {
        console.log('cb rm dir', err.code, err.message);
        fs.rm('cb', { recursive: true }, async (err) => {
          console.log('cb rm -r', err, fs.existsSync('cb'));
          console.log('p mkdirp', await fsp.mkdir('p/q/r', { recursive: true }));
          await fsp.rm('p', { recursive: true });
          await fsp.rm('p', { force: true });
          try { await fsp.rmdir('nope'); } catch (e) { console.log(e.code, e.message); }
          try { await fsp.unlink('nope'); } catch (e) { console.log(e.code, e.message); }
          process.chdir('/');
          fs.rmSync(dir, { recursive: true });
          console.log(fs.existsSync(dir));
        });
      });
    });
  });
});
