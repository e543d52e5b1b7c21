// Args: one two
// The shape of `process`, with values that do not vary by machine.
const path = require('path');
console.log(process.argv.length, path.basename(process.argv[1]), process.argv.slice(2));
console.log(typeof process.execPath, path.isAbsolute(process.execPath));
console.log(process.platform, typeof process.arch, typeof process.pid, typeof process.ppid);
console.log(/^v\d+\.\d+\.\d+/.test(process.version), typeof process.versions.v8);
console.log(process.cwd() === __dirname);
process.chdir('..');
console.log(path.basename(process.cwd()));
try {
  process.chdir('does-not-exist');
} catch (e) {
  console.log(e.code, e.syscall, e.message.replace(process.cwd(), '<cwd>'));
}
process.env.VIGIL_TEST = 42;
console.log(process.env.VIGIL_TEST, typeof process.env.VIGIL_TEST, 'VIGIL_TEST' in process.env);
delete process.env.VIGIL_TEST;
console.log(process.env.VIGIL_TEST);
const hr = process.hrtime();
console.log(hr.length, typeof process.hrtime.bigint());
const d = process.hrtime(hr);
console.log(d[0] >= 0 && d[1] >= 0);
const mu = process.memoryUsage();
console.log(Object.keys(mu).join(), mu.rss > 0);
console.log(process.uptime() >= 0, typeof process.umask());
console.log(process.stdout.isTTY, typeof process.stdout.write);
process.stdout.write('written\n');
console.log(typeof process.nextTick, process.title.length > 0);
