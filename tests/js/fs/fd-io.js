// File descriptors: open flags, positional and sequential reads and writes,
// string and buffer forms, readFileSync/writeFileSync on an fd, appendFile.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
process.chdir(dir);
const text = (u8, n = u8.length) => String.fromCharCode(...u8.subarray(0, n));

let fd = fs.openSync('f', 'w+');
console.log(typeof fd, fs.writeSync(fd, 'héllo'), fs.writeSync(fd, new Uint8Array([33, 33])));
console.log(fs.writeSync(fd, 'AB', 0), fs.writeSync(fd, 'ff', null, 'hex'), fs.writeSync(fd, 'é', undefined, 'latin1'));
const buf = new Uint8Array(16);
console.log(fs.readSync(fd, buf, 0, 16, 0), JSON.stringify(text(buf, 11)));
console.log(fs.readSync(fd, buf, { position: 1, length: 3 }), text(buf, 3));
console.log(fs.readSync(fd, buf, 2, 2, 0), text(buf, 4));
console.log(fs.readSync(fd, new Uint8Array(0)), fs.readSync(fd, buf, 0, 4, 1000));
fs.closeSync(fd);
console.log(JSON.stringify(fs.readFileSync('f', 'latin1')));

try { fs.openSync('f', 'wx'); } catch (e) { console.log(e.code, e.message); }
fd = fs.openSync('f', 'r');
console.log(JSON.stringify(fs.readFileSync(fd, 'latin1')));
console.log(JSON.stringify(fs.readFileSync(fd, 'latin1')));
fs.closeSync(fd);
fd = fs.openSync('g', 'a');
fs.writeFileSync(fd, 'one ');
fs.writeFileSync(fd, new Uint8Array([50]));
fs.appendFileSync(fd, ' three');
fs.closeSync(fd);
fs.appendFileSync('g', '!');
fs.appendFileSync('new', 'created');
console.log(fs.readFileSync('g', 'utf8'), fs.readFileSync('new', 'utf8'));
fs.writeFileSync('h', 'abc', { flag: 'a' });
fs.writeFileSync('h', 'def', { flag: 'a', mode: 0o600 });
console.log(fs.readFileSync('h', { encoding: 'utf8', flag: 'r' }));
fs.writeFileSync('e', '');
console.log(fs.readFileSync('e', 'utf8') === '', fs.readFileSync('e').length);
console.log(fs.readFileSync('/proc/self/status', 'utf8').startsWith('Name:'), fs.readFileSync('/proc/self/status').length > 10);
fs.writeFileSync('hex', '68656c6c6f', 'hex');
console.log(fs.readFileSync('hex', 'utf8'), fs.readFileSync('hex', 'hex'));

fs.open('f', 'r', (err, fd2) => {
  const b = new Uint8Array(4);
  fs.read(fd2, b, 0, 4, null, (err, n, same) => {
    console.log('cb read', err, n, same === b, text(b));
    fs.read(fd2, { buffer: b, position: 0, length: 2 }, (err, n2) => {
      console.log('cb read options', err, n2, text(b, 2));
      fs.close(fd2, () => {
        fs.open('w', 'w', 0o644, (err, fd3) => {
          fs.write(fd3, 'written', (err, n3, str) => {
            console.log('cb write string', err, n3, str);
            fs.write(fd3, new Uint8Array([10, 65, 66]), 1, 2, (err, n4) => {
              console.log('cb write buffer', err, n4);
              fs.fsync(fd3, (err) => {
                fs.close(fd3, (err) => {
                  console.log(JSON.stringify(fs.readFileSync('w', 'utf8')));
                  fs.appendFile('w', '+', (err) => {
                    fs.writeFile('w2', 'x', { flag: 'wx' }, (err) => {
                      fs.writeFile('w2', 'x', { flag: 'wx' }, (err2) => {
                        console.log('cb writeFile wx', err, err2.code, err2.message);
                        console.log(fs.readFileSync('w', 'utf8'));
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
      });
    });
  });
});
