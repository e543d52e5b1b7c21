// Argument checks and libuv errors, with node's codes and messages.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
const show = (s) => String(s).split(dir).join('DIR');
fs.writeFileSync(path.join(dir, 'file'), 'x');
process.chdir(dir);
const cases = [
  () => fs.readFileSync('nope'),
  () => fs.readFileSync('nope/../file'),
  () => fs.readFileSync('file/'),
  () => fs.readFileSync('.'),
  () => fs.readFileSync('a\0b'),
  () => fs.readFileSync(1.5),
  () => fs.readFileSync({}),
  () => fs.readFileSync('file', 'bogus'),
  () => fs.readFileSync('file', 5),
  () => fs.openSync('file', 'z'),
  () => fs.openSync('file', 'r', 'abc'),
  () => fs.openSync('file', 'wx'),
  () => fs.closeSync(1.5),
  () => fs.closeSync(-1),
  () => fs.closeSync('1'),
  () => fs.mkdirSync('file'),
  () => fs.mkdirSync('file/sub', { recursive: true }),
  () => fs.mkdirSync('file', { recursive: true }),
  () => fs.rmdirSync('file'),
  () => fs.rmSync('nope'),
  () => fs.rmSync('.'),
  () => fs.unlinkSync('.'),
  () => fs.readdirSync('file'),
  () => fs.renameSync('nope', 'other'),
  () => fs.copyFileSync('nope', 'other'),
  () => fs.copyFileSync('file', 'file', fs.constants.COPYFILE_EXCL),
  () => fs.symlinkSync('anything', 'file'),
  () => fs.linkSync('nope', 'other'),
  () => fs.readlinkSync('file'),
  () => fs.realpathSync('nope/x'),
  () => fs.realpathSync.native('nope/x'),
  () => fs.statSync('nope'),
  () => fs.lstatSync('nope'),
  () => fs.fstatSync(12345),
  () => fs.accessSync('nope'),
  () => fs.chmodSync('nope', 0o644),
  () => fs.chmodSync('file', 'xyz'),
  () => fs.truncateSync('nope'),
  () => fs.readSync(12345, new Uint8Array(4), 0, 4, 0),
  () => fs.readSync(0, 'notabuffer'),
  () => fs.writeSync(12345, 'x'),
  () => fs.readFile('file'),
  () => fs.stat('file', 'notfn'),
  () => fs.readFileSync(-1),
  () => fs.readFileSync(2 ** 31),
];
for (const fn of cases) {
  try {
    const r = fn();
    console.log('no error:', show(r));
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.syscall), e.errno, JSON.stringify(e.path && show(e.path)), JSON.stringify(e.dest), show(e.message));
  }
}
console.log(fs.statSync('nope', { throwIfNoEntry: false }), fs.lstatSync('nope', { throwIfNoEntry: false }));
// Only a missing entry is forgiven: a file used as a directory still throws.
try {
  fs.statSync('file/x', { throwIfNoEntry: false });
} catch (e) {
  console.log(e.code, e.message);
}
process.chdir('/');
fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(dir, { recursive: true, force: true });
console.log(fs.existsSync(dir));
