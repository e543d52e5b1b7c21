// util.parseArgs errors: unknown options, unexpected positionals, missing or
// ambiguous values, and invalid configuration.
const { parseArgs } = require('util');
const options = {
  file: { type: 'string', short: 'f' },
  verbose: { type: 'boolean', short: 'v' },
};
const cases = [
  { args: ['--nope'], options },
  { args: ['--nope'], options, allowPositionals: true },
  { args: ['-x'], options },
  { args: ['positional'], options },
  { args: ['--file'], options },
  { args: ['-f'], options },
  { args: ['--verbose=yes'], options },
  { args: ['--file', '--verbose'], options },
  { args: ['-f', '-v'], options },
  { args: ['--no-verbose'], options },
  { args: ['--no-file'], options, allowNegative: true },
  { args: 'not-array' },
  { args: [], strict: 'yes' },
  { args: [], options: { x: { type: 'number' } } },
  { args: [], options: { x: 'string' } },
  { args: [], options: { x: { type: 'string', short: 'xy' } } },
  { args: [], options: { x: { type: 'string', short: 1 } } },
  { args: [], options: { x: { type: 'string', multiple: 'yes' } } },
  { args: [], options: { x: { type: 'string', default: 1 } } },
  { args: [], options: { x: { type: 'boolean', multiple: true, default: [true, 'no'] } } },
  { args: [], tokens: 1 },
  { args: [], allowNegative: null },
];
for (const config of cases) {
  try {
    console.log(JSON.stringify(parseArgs(config)));
  } catch (err) {
    console.log(err.name, err.code, JSON.stringify(err.message));
  }
}
