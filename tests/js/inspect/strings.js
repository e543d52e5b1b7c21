// Quote selection and escaping of strings, as values and as keys.
const { inspect } = require('util');
const strings = [
  'plain', "it's", 'say "hi"', 'both \' and "', 'all \' " `', 'with ${x} and \' "',
  'tab\there', 'new\nline', 'cr\r', 'nul\0', 'bell\x07', 'esc\x1b[0m', 'del\x7f', 'c1\x85\x9f',
  'backslash \\ end', 'lone \ud800 high', 'lone \udc00 low', 'pair \ud83d\ude00 ok', 'caf\u00e9 \u4e2d',
];
for (const s of strings) console.log(inspect(s));
console.log(inspect(strings));
const keys = {};
for (const s of strings) keys[s] = 1;
keys.valid_identifier$ = 2;
keys._x1 = 3;
keys['1abc'] = 4;
keys['a-b'] = 5;
console.log(inspect(keys));
