'use strict';

// util.parseArgs: splits command-line arguments into tokens (options,
// positionals, the '--' terminator), checks them against the configured
// options in strict mode, and collects values and positionals.

const {
  validateArray, validateBoolean, validateBooleanArray, validateObject, validateString,
  validateStringArray, validateUnion,
} = require('internal/validators');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');

const hasOwn = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
const getOwn = (obj, prop) => (hasOwn(obj, prop) ? obj[prop] : undefined);
const optionGetOwn = (options, name, prop) =>
  (hasOwn(options, name) ? getOwn(options[name], prop) : undefined);

// Without `args`, the script's own arguments: after the script path, or
// after the runtime for -e/-p.
function getMainArgs() {
  const execArgv = process.execArgv || [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function findLongOptionForShort(short, options) {
  validateObject(options, 'options');
  const entry = Object.entries(options).find(([, config]) => getOwn(config, 'short') === short);
  return entry?.[0] ?? short;
}

const isLoneShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const isOptionLikeValue = (value) => value != null && value.length > 1 && value[0] === '-';

function startsShortCluster(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

// '-abc' where -a is not a string option: a group of short flags.
function isShortOptionGroup(arg, options) {
  if (!startsShortCluster(arg)) return false;
  return optionGetOwn(options, findLongOptionForShort(arg[1], options), 'type') !== 'string';
}

// '-fvalue' where -f is a string option.
function isShortOptionAndValue(arg, options) {
  validateObject(options, 'options');
  if (!startsShortCluster(arg)) return false;
  return optionGetOwn(options, findLongOptionForShort(arg[1], options), 'type') === 'string';
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  // A string option takes the next argument as its value, whatever it is.
  const takeValue = (name) => {
    if (optionGetOwn(options, name, 'type') === 'string' && remaining[0] != null) {
      return remaining.shift();
    }
    return undefined;
  };
  while (remaining.length > 0) {
    const arg = remaining.shift();
    // Arguments expanded from a short group share the group's index.
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    if (isLoneShortOption(arg)) {
      const name = findLongOptionForShort(arg[1], options);
      const value = takeValue(name);
      tokens.push({ kind: 'option', name, rawName: arg, index, value,
                    inlineValue: value === undefined ? undefined : false });
      if (value != null) ++index;
      continue;
    }
    if (isShortOptionGroup(arg, options)) {
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        const name = findLongOptionForShort(short, options);
        if (optionGetOwn(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }
    if (isShortOptionAndValue(arg, options)) {
      const name = findLongOptionForShort(arg[1], options);
      tokens.push({ kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2),
                    inlineValue: true });
      continue;
    }
    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      const value = takeValue(name);
      tokens.push({ kind: 'option', name, rawName: arg, index, value,
                    inlineValue: value === undefined ? undefined : false });
      if (value != null) ++index;
      continue;
    }
    if (isLongOptionAndValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({ kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1),
                    inlineValue: true });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    const negated = config.allowNegative && name.startsWith('no-');
    if (negated) name = name.slice(3);
    if (!negated || !hasOwn(config.options, name) || optionGetOwn(config.options, name, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  let value = token.value;
  if (name === '__proto__') return;
  if (allowNegative && name.startsWith('no-') && value === undefined) {
    name = name.slice(3);
    token.name = name;
    value = false;
  }
  const newValue = value ?? true;
  if (optionGetOwn(options, name, 'multiple')) {
    if (values[name]) values[name].push(newValue);
    else values[name] = [newValue];
  } else {
    values[name] = newValue;
  }
}

function validateOptionConfig(name, config) {
  validateObject(config, `options.${name}`);
  const type = getOwn(config, 'type');
  validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
  if (hasOwn(config, 'short')) {
    const short = config.short;
    validateString(short, `options.${name}.short`);
    if (short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
    }
  }
  const multiple = getOwn(config, 'multiple');
  if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
  const defaultValue = getOwn(config, 'default');
  if (defaultValue !== undefined) {
    const validator = type === 'string' ?
      (multiple ? validateStringArray : validateString) :
      (multiple ? validateBooleanArray : validateBoolean);
    validator(defaultValue, `options.${name}.default`);
  }
}

function parseArgs(config = {}) {
  const args = getOwn(config, 'args') ?? getMainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [name, optionConfig] of Object.entries(options)) validateOptionConfig(name, optionConfig);

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }
  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
