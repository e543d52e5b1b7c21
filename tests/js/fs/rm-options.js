// rm/rmdir options are checked like node's: booleans for recursive/force,
// non-negative integers for retryDelay/maxRetries, an object or nothing.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(process.env.TMPDIR || '/tmp', 'vrmo-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, 'x');
const tries = [
  ['rmSync null', () => fs.rmSync(file, null)],
  ['rmSync recursive undefined', () => fs.rmSync(file, { recursive: undefined })],
  ['rmSync force string', () => fs.rmSync(file, { force: 'yes' })],
  ['rmSync retryDelay -1', () => fs.rmSync(file, { retryDelay: -1 })],
  ['rmSync maxRetries 1.5', () => fs.rmSync(file, { maxRetries: 1.5 })],
  ['rm maxRetries -1', () => fs.rm(file, { maxRetries: -1 }, () => {})],
  ['rmdirSync retryDelay x', () => fs.rmdirSync(dir, { retryDelay: 'x' })],
  ['rmdirSync dir not empty', () => fs.rmdirSync(dir, { maxRetries: 2 })],
];
for (const [name, fn] of tries) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.code, e.message.split(dir).join('D'));
  }
}
fs.rmSync(file, { maxRetries: 3, retryDelay: 10 });
console.log('removed', fs.existsSync(file));
fs.promises.rm(dir, { recursive: true, force: 'no' }).catch((e) => {
  console.log('promises', e.code);
  return fs.promises.rm(dir, { recursive: true, maxRetries: 1 });
}).then(() => console.log('dir gone', !fs.existsSync(dir)));
