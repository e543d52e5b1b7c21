'use strict';
// Path-based fs/promises operations (readFile, writeFile, truncate) open a
// FileHandle and close it through its `close`: a failing close rejects the
// operation, and a failing operation plus a failing close reject with an
// AggregateError that carries the operation's code.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-close-errors-'));
const file = path.join(dir, 'f.txt');

async function main() {
  const probe = await fsp.open(__filename);
  const FileHandle = probe.constructor;
  await probe.close();
  const fdDescriptor = Object.getOwnPropertyDescriptor(FileHandle.prototype, 'fd');
  function patch(failOp) {
    Object.defineProperty(FileHandle.prototype, 'fd', {
      configurable: true,
      get() {
        const close = this.close;
        this.close = async () => {
          await close.call(this);
          const err = new Error('close failed');
          err.code = 'ECLOSE';
          throw err;
        };
        if (failOp) {
          const err = new Error('operation failed');
          err.code = 'EOP';
          throw err;
        }
        return fdDescriptor.get.call(this);
      },
    });
  }
  const ops = {
    readFile: () => fsp.readFile(file, 'utf8'),
    writeFile: () => fsp.writeFile(file, 'data'),
    truncate: () => fsp.truncate(file, 1),
  };
  for (const [name, op] of Object.entries(ops)) {
    for (const failOp of [false, true]) {
      await fsp.writeFile(file, 'content');
      patch(failOp);
      try {
        await op();
        console.log(name, 'resolved');
      } catch (err) {
        console.log(name, failOp, err.name, err.message, err.code, err.errors ? err.errors.map((e) => e.message) : '-');
      } finally {
        Object.defineProperty(FileHandle.prototype, 'fd', fdDescriptor);
      }
    }
  }
  console.log(await fsp.readFile(file, 'utf8'));
}
main().finally(() => fs.rmSync(dir, { recursive: true }));
