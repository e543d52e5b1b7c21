// fs.watch (inotify through uv_fs_event), fs.watchFile (polling) and fs/promises watch.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-fs-'));
const file = path.join(dir, 'watched.txt');
fs.writeFileSync(file, 'one');
const events = [];
const watcher = fs.watch(dir, (eventType, filename) => {
  events.push(`${eventType}:${filename}`);
});
console.log(watcher instanceof require('events'));
try { fs.watch(path.join(dir, 'missing')); } catch (e) { console.log(e.code, e.syscall, e.message.split(dir).join('DIR'), e.filename === path.join(dir, 'missing')); }
setTimeout(() => {
  fs.writeFileSync(path.join(dir, 'new.txt'), 'x');
  setTimeout(() => {
    watcher.close();
    watcher.on('close', () => {
      console.log('closed; saw rename of new.txt:', events.includes('rename:new.txt'));
      let calls = 0;
      fs.watchFile(file, { interval: 20 }, function listener(curr, prev) {
        calls++;
        console.log('watchFile', curr.size, prev.size, curr.mtimeMs >= prev.mtimeMs);
        fs.unwatchFile(file, listener);
        (async () => {
          const ac = new AbortController();
          const it = fs.promises.watch(dir, { signal: ac.signal });
          setTimeout(() => fs.writeFileSync(path.join(dir, 'third.txt'), 'y'), 50);
          for await (const ev of it) {
            console.log('promises.watch', ev.eventType, typeof ev.filename);
            break;
          }
          fs.rmSync(dir, { recursive: true });
          console.log('done', calls);
        })();
      });
      setTimeout(() => fs.writeFileSync(file, 'longer content'), 100);
    });
  }, 100);
}, 50);
