// util.parseArgs: short groups, inline values, negation, multiples,
// defaults, positionals and tokens.
const { parseArgs } = require('util');
const options = {
  verbose: { type: 'boolean', short: 'v' },
  all: { type: 'boolean', short: 'a' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', short: 't', multiple: true },
  color: { type: 'boolean' },
  level: { type: 'string', default: 'info' },
  flags: { type: 'boolean', multiple: true, default: [false] },
};
const show = (r) => console.log(JSON.stringify(r));
show(parseArgs({ args: ['-va', '--file=x.txt', 'pos1', '-tone', '-t', 'two', '--tag', 'three'], options, allowPositionals: true }));
show(parseArgs({ args: ['-vaf', 'packed'], options }));
show(parseArgs({ args: ['-vafinline'], options }));
show(parseArgs({ args: ['--no-color', '--color'], options, allowNegative: true }));
show(parseArgs({ args: ['--no-color'], options, allowNegative: true }));
show(parseArgs({ args: ['--', '--file', '-v'], options, allowPositionals: true }));
show(parseArgs({ args: ['--unknown', 'x', '-z', '--file'], options, strict: false }));
show(parseArgs({ args: ['--flags', '--flags'], options }));
show(parseArgs({ args: ['-v', '--file', 'f', '--', 'p'], options, tokens: true, allowPositionals: true }));
show(parseArgs({ args: ['-abc'], strict: false, tokens: true }));
show(parseArgs({ args: [], options: { __proto__: null, x: { type: 'string', default: 'd' } } }));
const r = parseArgs({ args: ['--verbose'], options });
console.log(Object.getPrototypeOf(r.values), r.positionals);
process.argv.push('--verbose', 'extra');
show(parseArgs({ options, allowPositionals: true }));
