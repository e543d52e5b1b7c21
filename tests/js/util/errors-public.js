// node's argument errors as reached through util's public API: name, code,
// message and toString().
const util = require('util');
const attempts = [
  () => util.promisify(5),
  () => util.promisify(null),
  () => util.callbackify(Symbol('s')),
  () => util.inherits(function () {}, 5),
  () => util.getSystemErrorName('x'),
  () => util.getSystemErrorName(5),
  () => util.getSystemErrorName(-1.5),
  () => util.formatWithOptions(true),
  () => util.inspect.defaultOptions = 'x',
  () => util.stripVTControlCharacters({}),
  () => util.styleText('red', 42),
  () => util.styleText('notacolor', 'x'),
  () => util.styleText(['bold', 'bogus'], 'x'),
  () => util.deprecate(() => {}, 'm', {}),
  () => util.parseArgs({ args: [1] }),
  () => util.aborted(undefined, {}),
  () => util.aborted({}, {}),
  () => util.aborted({ aborted: false, addEventListener() {} }, 'resource'),
  () => new util.TextDecoder('x'.repeat(30)),
];
for (const attempt of attempts) {
  try {
    const r = attempt();
    if (r && typeof r.catch === 'function') r.catch(() => {});
    console.log('no error');
  } catch (err) {
    console.log(`${err.name} | ${err.code} | ${err.message}`);
    console.log(`  toString: ${err}`);
    console.log(`  keys: ${Object.keys(err)} stackHeader: ${err.stack.split('\n')[0]}`);
  }
}
