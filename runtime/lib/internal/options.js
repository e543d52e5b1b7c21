'use strict';
// Options the command line parser (daemon/options.cc) accepted and left for
// the library, read back from execArgv.

// The values given to an option, under any of its names, in order: both
// `--name value` and `--name=value` (and `-r value` for a short name).
function getOptionValues(execArgv, ...names) {
  const values = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    for (const name of names) {
      if (arg === name) {
        if (i + 1 < execArgv.length) values.push(execArgv[++i]);
        break;
      }
      if (arg.startsWith(`${name}=`)) {
        values.push(arg.slice(name.length + 1));
        break;
      }
    }
  }
  return values;
}

module.exports = { getOptionValues };
