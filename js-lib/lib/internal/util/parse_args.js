'use strict';

// util.parseArgs: tokenise argv into options/positionals (short groups, --long=value, '--'),
// then validate usage in strict mode and fill in defaults.

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateObject,
  validateString,
  validateStringArray,
  validateUnion,
} = require('internal/validators');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const objectGetOwn = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionsGetOwn = (options, longOption, key) =>
  (hasOwn(options, longOption) ? objectGetOwn(options[longOption], key) : undefined);

function getMainArgs() {
  const execArgv = process.execArgv || [];
  // Eval/print input has no script path in argv.
  if (execArgv.some((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print' ||
      a.startsWith('--eval=') || a.startsWith('--print='))) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function isOptionValue(value) {
  return value != null;
}

function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value.charAt(0) === '-';
}

function isLoneShortOption(arg) {
  return arg.length === 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
}

function findLongOptionForShort(shortOption, options) {
  const entry = Object.entries(options).find(({ 1: config }) => objectGetOwn(config, 'short') === shortOption);
  return entry !== undefined ? entry[0] : shortOption;
}

function isShortOptionGroup(arg, options) {
  if (arg.length <= 2 || arg.charAt(0) !== '-' || arg.charAt(1) === '-') return false;
  const longOption = findLongOptionForShort(arg.charAt(1), options);
  return optionsGetOwn(options, longOption, 'type') !== 'string';
}

function isShortOptionAndValue(arg, options) {
  if (arg.length <= 2 || arg.charAt(0) !== '-' || arg.charAt(1) === '-') return false;
  const longOption = findLongOptionForShort(arg.charAt(1), options);
  return optionsGetOwn(options, longOption, 'type') === 'string';
}

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remainingArgs = args.slice();
  while (remainingArgs.length > 0) {
    const arg = remainingArgs.shift();
    const nextArg = remainingArgs[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remainingArgs) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }

    if (isLoneShortOption(arg)) {
      const shortOption = arg.charAt(1);
      const longOption = findLongOptionForShort(shortOption, options);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // -abc is -a -b -c; a string option inside takes the rest as its value (-abfFILE).
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const shortOption = arg.charAt(i);
        const longOption = findLongOptionForShort(shortOption, options);
        if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${shortOption}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remainingArgs.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const shortOption = arg.charAt(1);
      const longOption = findLongOptionForShort(shortOption, options);
      tokens.push({
        kind: 'option', name: longOption, rawName: `-${shortOption}`, index, value: arg.slice(2), inlineValue: true,
      });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const longOption = arg.slice(2);
      let value;
      let inlineValue;
      if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
        value = remainingArgs.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const equalIndex = arg.indexOf('=');
      const longOption = arg.slice(2, equalIndex);
      tokens.push({
        kind: 'option', name: longOption, rawName: `--${longOption}`, index, value: arg.slice(equalIndex + 1),
        inlineValue: true,
      });
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
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`);
  }
}

function isNegatedBoolean(config, name) {
  return config.allowNegative && name.startsWith('no-') &&
    optionsGetOwn(config.options, name.slice(3), 'type') === 'boolean';
}

function checkOptionUsage(config, token) {
  const name = token.name;
  if (!hasOwn(config.options, name)) {
    if (isNegatedBoolean(config, name) && token.value == null) return;
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
  }
  const short = optionsGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionsGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function storeOption(longOption, optionValue, options, values) {
  if (longOption === '__proto__') return;
  // The value is stored as given (true for a bare flag), whatever the declared type.
  const newValue = optionValue ?? true;
  if (optionsGetOwn(options, longOption, 'multiple')) {
    if (values[longOption]) values[longOption].push(newValue);
    else values[longOption] = [newValue];
  } else {
    values[longOption] = newValue;
  }
}

function validateOptionsConfig(options) {
  for (const [longOption, optionConfig] of Object.entries(options)) {
    validateObject(optionConfig, `options.${longOption}`);
    const optionType = objectGetOwn(optionConfig, 'type');
    validateUnion(optionType, `options.${longOption}.type`, ['string', 'boolean']);
    if (hasOwn(optionConfig, 'short')) {
      const shortOption = optionConfig.short;
      validateString(shortOption, `options.${longOption}.short`);
      if (shortOption.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
      }
    }
    const multipleOption = objectGetOwn(optionConfig, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) validateBoolean(multipleOption, `options.${longOption}.multiple`);
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      let validator;
      if (optionType === 'string') validator = multipleOption ? validateStringArray : validateString;
      else validator = multipleOption ? validateBooleanArray : validateBoolean;
      validator(defaultValue, `options.${longOption}.default`);
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = objectGetOwn(config, 'args') ?? getMainArgs();
  const strict = objectGetOwn(config, 'strict') ?? true;
  const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = objectGetOwn(config, 'tokens') ?? false;
  const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
  const options = objectGetOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptionsConfig(options);

  const tokens = argsToTokens(args, options);

  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      if (isNegatedBoolean(parseConfig, token.name) && token.value == null) {
        storeOption(token.name.slice(3), false, options, result.values);
      } else {
        storeOption(token.name, token.value, options, result.values);
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const [longOption, optionConfig] of Object.entries(options)) {
    const defaultValue = objectGetOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined && longOption !== '__proto__') {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
