// Callback forms: results, errors and their place in the event loop.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vfs-'));
const f = path.join(dir, 'a.txt');
const log = (...a) => console.log(...a.map(x => typeof x === 'string' ? x.split(dir).join('DIR') : x));
setTimeout(() => log('timeout'), 0);
setImmediate(() => log('immediate'));
process.nextTick(() => log('tick'));
fs.writeFile(f, 'hello', (err) => {
  log('writeFile', err);
  fs.readFile(f, 'utf8', (err, data) => {
    log('readFile', err, data);
    fs.stat(f, (err, st) => {
      log('stat', err, st.size, st.isFile());
      fs.open(f, 'r', (err, fd) => {
        const buf = new Uint8Array(3);
        fs.read(fd, buf, 0, 3, 1, (err, n, b) => {
          log('read', err, n, b === buf, String.fromCharCode(...buf));
          fs.close(fd, (err) => {
            log('close', err);
            fs.readFile(path.join(dir, 'missing'), (err) => {
              log('missing', err.code, err.message, err.syscall, err.errno === -2);
              fs.mkdir(path.join(dir, 'p/q'), { recursive: true }, (err, first) => {
                log('mkdirp', err, first);
                fs.readdir(dir, { recursive: true }, (err, names) => {
                  log('readdir', err, names);
                  fs.rm(dir, { recursive: true }, (err) => {
                    log('rm', err, fs.existsSync(dir));
                    console.log("done");
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
