// Objects with [util.inspect.custom]: return values, depth and options passed
// in, nested use, indentation and opting out with customInspect: false.
const util = require('util');
const { inspect } = util;
class Money {
  constructor(amount) { this.amount = amount; }
  [inspect.custom](depth, options, insp) {
    return `Money<${this.amount}> depth=${depth} typeofStylize=${typeof options.stylize} same=${insp === inspect}`;
  }
}
console.log(inspect(new Money(5)));
console.log(inspect({ wallet: { cash: new Money(7) } }));
console.log(inspect(new Money(1), { depth: 5 }));
console.log(inspect({ m: new Money(1) }, { customInspect: false }));
const returnsObject = { [inspect.custom]() { return { replaced: [1, 2] }; } };
console.log(inspect({ inner: returnsObject }));
const returnsThis = { v: 1, [inspect.custom]() { return this; } };
console.log(inspect(returnsThis));
const multiline = { [inspect.custom]() { return 'line1\nline2'; } };
console.log(inspect({ a: { b: multiline } }));
const usesOptions = {
  [inspect.custom](depth, opts) {
    return opts.stylize('styled', 'special') + ' ' + JSON.stringify({ depth, breakLength: opts.breakLength, extra: opts.myOption });
  },
};
console.log(inspect(usesOptions, { myOption: 'passed' }));
console.log(inspect(usesOptions, { colors: true }));
const nested = {
  [inspect.custom](depth, opts, insp) {
    return `Wrapper(${insp({ deep: { deeper: { deepest: 1 } } }, { ...opts, depth: opts.depth })})`;
  },
};
console.log(inspect([nested]));
console.log(util.format('%s | %o | %O', new Money(2), new Money(3), new Money(4)));
console.log(`${inspect(Object.assign(Object.create({ [inspect.custom]() { return 'from proto'; } }), { x: 1 }))}`);
