// Requiring a missing module: node's error, with the require stack.
try {
  require('./definitely-missing');
} catch (e) {
  console.log(e.code, JSON.stringify(e.requireStack.map((p) => require('path').basename(p))));
}
require('./also-missing');
