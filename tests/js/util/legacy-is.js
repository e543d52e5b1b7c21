// The legacy util.is* helpers that node 20 still ships.
const util = require('util');
const values = [null, undefined, 0, 'str', true, Symbol('s'), {}, [], () => {}, new Error('e'),
  new Date(0), /re/, Object.create(Error.prototype)];
const fns = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
  'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const fn of fns) console.log(fn.padEnd(18), values.map((v) => (util[fn](v) ? 1 : 0)).join(' '));
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
console.log(util.toUSVString('ok \ud800 \udfff \ud83d\ude00'));
console.log(util.stripVTControlCharacters('\u001b[1m\u001b[31mbold red\u001b[39m\u001b[22m plain'));
try {
  util.stripVTControlCharacters(5);
} catch (err) {
  console.log(err.code, err.message);
}
console.log(util.isDeepStrictEqual === undefined, typeof util.inspect, util.inspect === require('util').inspect);
