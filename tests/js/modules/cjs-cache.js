// require.cache: deleting an entry makes the next require load it again.
const p = require.resolve('../fixtures/mods/thing.cjs');
const first = require(p);
console.log(first, p in require.cache);
delete require.cache[p];
console.log(p in require.cache);
require(p);
console.log(p in require.cache);
console.log(require('node:path') === require('path'));
try {
  require('node:nope');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  require('./no-such-file');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
