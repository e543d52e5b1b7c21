// Writes buffered while _construct runs are flushed as soon as it calls
// back, before writes made on a later tick.
const { Writable } = require('stream');
const fs = require('fs');
const path = require('path');
const out = [];
const w = new Writable({
  construct(cb) {
    setImmediate(() => {
      cb();
      this.emit('ready-now');
    });
  },
  write(chunk, enc, cb) {
    out.push(String(chunk));
    cb();
  },
});
w.on('ready-now', () => {
  w.write('a');
  process.nextTick(() => {
    w.write('b');
    w.end('c');
  });
});
w.on('finish', () => console.log('writable', out.join('')));

// The same with a file stream: 'open' fires while it is still constructing.
const file = path.join(fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vcwo-')), 'f.txt');
const ws = fs.createWriteStream(file);
ws.on('open', () => {
  ws.write('hello');
  process.nextTick(() => {
    ws.write('world');
    ws.end();
  });
});
ws.on('close', () => {
  console.log('file', fs.readFileSync(file, 'utf8'));
  fs.rmSync(path.dirname(file), { recursive: true });
});
