'use strict';

// util.format / formatWithOptions and stripVTControlCharacters. Kept apart from inspect.js so that
// printing strings and numbers (console.log('n=%d', 1)) does not load the inspect machinery;
// inspect is required the first time an object (or %o / %O) needs it.

const hooks = require('internal/util/hooks');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

// Same text as inspect's number/bigint formatting without colors or separators.
function numberText(number) {
  return Object.is(number, -0) ? '-0' : `${number}`;
}

function bigintText(bigint) {
  return `${bigint}n`;
}

// Text of a primitive exactly as inspect would print it, or undefined when inspect is needed
// (strings as values get quotes; colors or numeric separators change the text).
function primitiveText(value, inspectOptions) {
  const defaults = inspectModule !== undefined ? inspectModule.inspectDefaultOptions : undefined;
  if ((defaults !== undefined && (defaults.colors || defaults.numericSeparator)) ||
      (inspectOptions != null && (inspectOptions.colors || inspectOptions.numericSeparator))) {
    return undefined;
  }
  switch (typeof value) {
    case 'number': return numberText(value);
    case 'bigint': return bigintText(value);
    case 'boolean': return `${value}`;
    case 'undefined': return 'undefined';
    case 'object': return value === null ? 'null' : undefined;
    default: return undefined;
  }
}

// eslint-disable-next-line no-control-regex
const ansi = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g;

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return str.replace(ansi, '');
}

function hasBuiltInToString(value) {
  const getProxyDetails = hooks.get().getProxyDetails;
  const proxyTarget = typeof getProxyDetails === 'function' ? getProxyDetails(value, false) : undefined;
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) return true;
    value = proxyTarget;
  }
  if (typeof value.toString !== 'function') return true;
  if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!Object.prototype.hasOwnProperty.call(pointer, 'toString'));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    lazyInspect().isBuiltInName(descriptor.value.name);
}

let circularErrorMessage;
function firstErrorLine(error) {
  return error.message.split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (!circularErrorMessage) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) return '[Circular]';
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  require('internal/validators').validateObject(inspectOptions, 'inspectOptions', { allowArray: true });
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) { // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') tempStr = numberText(tempArg);
              else if (typeof tempArg === 'bigint') tempStr = bigintText(tempArg);
              else if (typeof tempArg !== 'object' || tempArg === null || !hasBuiltInToString(tempArg)) tempStr = String(tempArg);
              else tempStr = lazyInspect().inspect(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') tempStr = bigintText(tempNum);
              else if (typeof tempNum === 'symbol') tempStr = 'NaN';
              else tempStr = numberText(Number(tempNum));
              break;
            }
            case 79: // 'O'
              tempStr = lazyInspect().inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = lazyInspect().inspect(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
              break;
            case 105: { // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') tempStr = bigintText(tempInteger);
              else if (typeof tempInteger === 'symbol') tempStr = 'NaN';
              else tempStr = numberText(Number.parseInt(tempInteger));
              break;
            }
            case 102: { // 'f'
              const tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') tempStr = 'NaN';
              else tempStr = numberText(Number.parseFloat(tempFloat));
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default:
              continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    if (typeof value === 'string') {
      str += value;
    } else {
      const text = primitiveText(value, inspectOptions);
      str += text !== undefined ? text : lazyInspect().inspect(value, inspectOptions);
    }
    join = ' ';
    a++;
  }
  return str;
}

module.exports = { format, formatWithOptions, formatWithOptionsInternal, stripVTControlCharacters };
