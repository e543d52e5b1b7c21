'use strict';
// In -e and -p code the builtin modules are globals named after them,
// loaded on first use; a script file does not get them.
const { spawnSync } = require('child_process');

function run(args) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  console.log(JSON.stringify(r.stdout), r.status);
}

run(['-p', '[typeof vm.runInNewContext, typeof fs.readFileSync, fs === require("fs"), path.sep]']);
run(['-p', 'Object.keys(globalThis).includes("fs")']);
run(['-e', 'fs = 5; console.log(fs, Object.getOwnPropertyDescriptor(globalThis, "fs").value)']);
run(['-p', 'typeof stream_promises + " " + typeof _stream_readable']);
console.log(typeof globalThis.vm, typeof globalThis.fs);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'URL')), typeof URL);
