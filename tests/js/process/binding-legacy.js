'use strict';
// process.binding(): unknown names throw node's "No such module", 'util' is
// the legacy wrapper over util.types; setSourceMapsEnabled validates.
const util = require('util');
try {
  process.binding('no_such_binding');
} catch (err) {
  console.log(err.name, err.message);
}
const legacy = process.binding('util');
console.log(Object.keys(legacy).sort().join(','));
console.log(Object.keys(legacy).every((k) => legacy[k] === util.types[k]));
console.log(typeof process.binding('fs'));
console.log(process.sourceMapsEnabled);
for (const value of [undefined, 1, 'yes']) {
  try {
    process.setSourceMapsEnabled(value);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
process.setSourceMapsEnabled(true);
console.log(process.sourceMapsEnabled);
process.setSourceMapsEnabled(false);
console.log(process.sourceMapsEnabled);
