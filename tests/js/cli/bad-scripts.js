// A directory, a binary file and a missing file as the script: node's
// errors and exit codes, never a crash.
const { spawnSync } = require('child_process');
const path = require('path');
function run(...args) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const lines = r.stderr.split('\n').filter((l) => l && !/^\s+at /.test(l) && !/^(node|vigil)/.test(l) && !/^\s+(throw|\^)/.test(l.trim() ? l : 'x'));
  console.log(r.status, r.signal, lines.filter((l) => /Error|ELF|\^/.test(l)).map((l) => l.replace(path.resolve(__dirname, '..'), '<js>')).join(' | '));
}
run(path.join(__dirname, '../fixtures/empty-dir'));
run(path.join(__dirname, '../fixtures/binary.bin'));
run(path.join(__dirname, 'no-such-script.js'));
run('-e', 'throw new RangeError("from eval")');
run('-p', '[1, 2].map((x) => x * 2)');
console.log(spawnSync(process.execPath, ['-p', '6 * 7'], { encoding: 'utf8' }).stdout);
