// Circular requires see the partial exports, as in node.
const a = require('../fixtures/mods/a');
console.log(a);
console.log(require('../fixtures/mods/b').sawA);
console.log(require.cache[require.resolve('../fixtures/mods/a')].loaded);
console.log(typeof module.exports, module.id, require.main === module);
console.log(__filename.endsWith('cjs-circular.js'), require('path').basename(__dirname));
