// Writing past RLIMIT_FSIZE fails with EFBIG instead of killing the process
// with SIGXFSZ.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
if (process.argv[2] === 'child') {
  try {
    fs.writeFileSync(process.argv[3], Buffer.alloc(1 << 16, 46));
  } catch (e) {
    console.log(e.code, e.syscall);
  }
  return;
}
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vefb-'));
const r = spawnSync('/bin/sh', ['-c', `ulimit -f 1 && "$0" "$1" child "$2"`, process.execPath, __filename, path.join(dir, 'big')]);
console.log(r.status, r.signal, r.stdout.toString().trim());
fs.rmSync(dir, { recursive: true });
