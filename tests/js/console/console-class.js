// new Console(stdout[, stderr]) and new Console({ ... }) write to the given
// streams; bad arguments throw node's errors.
const { Console } = require('console');
const EventEmitter = require('events');
function collector(name) {
  const chunks = [];
  // A minimal writable: an event emitter with write().
  const stream = Object.assign(new EventEmitter(), {
    write(chunk) {
      chunks.push(String(chunk));
      return true;
    },
  });
  stream.dump = () => console.log(name, JSON.stringify(chunks));
  return stream;
}
const out = collector('out');
const err = collector('err');
const c1 = new Console(out, err);
c1.log('log %d', 1);
c1.error('error', { e: true });
c1.group('g');
c1.warn('indented warn');
c1.groupEnd();
const c2 = new Console({ stdout: out, groupIndentation: 4, inspectOptions: { depth: 0 } });
c2.group();
c2.log({ a: { b: 1 } });
c2.error('stderr defaults to stdout');
const c3 = Console(out);
c3.log('called without new');
console.log(c1 instanceof Console, console instanceof Console, {} instanceof Console);
console.log(typeof require('console').Console, require('console') === console);
out.dump();
err.dump();
for (const bad of [[], [{ stdout: {} }], [out, {}], [{ stdout: out, colorMode: 'x' }],
  [{ stdout: out, groupIndentation: 2000 }], [{ stdout: out, inspectOptions: 5 }],
  [{ stdout: out, inspectOptions: { colors: true }, colorMode: true }]]) {
  try {
    new Console(...bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
