// fs.watch(dir, { recursive: true }) on Linux: a watcher per directory, new
// directories picked up (with what they already hold), removed ones dropped,
// names relative to the root, a file root watched as without the option.
const fs = require('fs');
const path = require('path');
const root = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vigil-watch-'));
fs.mkdirSync(path.join(root, 'a/b'), { recursive: true });
fs.writeFileSync(path.join(root, 'a/b/old.txt'), '1');

try {
  fs.watch(path.join(root, 'missing'), { recursive: true });
} catch (e) {
  console.log(e.code, e.syscall, e.filename === path.join(root, 'missing'));
}

const watcher = fs.watch(root, { recursive: true });
console.log(watcher.constructor.name, typeof watcher.ref, typeof watcher.unref);
let seen = new Set();
let waiting = null;
watcher.on('change', (eventType, filename) => {
  seen.add(`${eventType} ${filename}`);
  if (waiting && seen.has(waiting.event)) waiting.done();
});

// Each step waits for the event that proves it was seen, then prints what
// it caused (sorted: separate directories' watchers race each other).
const steps = [
  ['write top.txt', () => fs.writeFileSync(path.join(root, 'top.txt'), 'x'), 'rename top.txt'],
  ['modify a/b/old.txt', () => fs.writeFileSync(path.join(root, 'a/b/old.txt'), '22'), 'change a/b/old.txt'],
  ['mkdir n', () => fs.mkdirSync(path.join(root, 'n')), 'rename n'],
  ['write n/inner.txt', () => fs.writeFileSync(path.join(root, 'n/inner.txt'), 'y'), 'rename n/inner.txt'],
  ['rm -r a', () => fs.rmSync(path.join(root, 'a'), { recursive: true }), 'rename a'],
  ['modify n/inner.txt', () => fs.writeFileSync(path.join(root, 'n/inner.txt'), 'zz'), 'change n/inner.txt'],
];

(async () => {
  for (const [label, act, event] of steps) {
    seen = new Set();
    await new Promise((resolve) => {
      const timer = setTimeout(() => { console.log('timed out waiting for', event); resolve(); }, 5000);
      waiting = { event, done: () => { clearTimeout(timer); resolve(); } };
      act();
    });
    // Let the step's other events arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    console.log(`${label}: ${[...seen].sort().join(', ')}`);
  }
  let closed = 0;
  watcher.on('close', () => closed++);
  watcher.close();
  watcher.close();
  console.log('close events:', closed);

  // A file as the root: watched as without the option.
  const file = path.join(root, 'n/inner.txt');
  const fileWatcher = fs.watch(file, { recursive: true }, (eventType, filename) => {
    console.log('file root:', eventType, filename);
    fileWatcher.close();
    fs.rmSync(root, { recursive: true });
  });
  setTimeout(() => fs.appendFileSync(file, '!'), 50);
})();
