/**
 * `util.format`, `util.promisify` and `util.errnoToString` (util_js.ts format, promisify,
 * errnoToString).
 *
 * @packageDocumentation
 */
import { getSystemErrorMap, inspect } from 'node:util';
import { typeError, UtilBusinessError } from './business-error';

/** `%d`: a number as `Number()` gives it, `''` as 0, a bigint with `n` (switchNumberValue). */
function numberText(value: unknown): string {
  if (value === '') {
    return '0';
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (typeof value === 'string') {
    return Number.isNaN(Number(value)) ? 'NaN' : String(Number(value));
  }
  if (typeof value === 'bigint') {
    return `${value.toString()}n`;
  }
  return 'NaN';
}

/** `%i`: the integer part (switchIntValue). */
function intText(value: unknown): string {
  if (typeof value === 'bigint') {
    return `${value}n`;
  }
  if (typeof value === 'number') {
    return String(parseInt(value.toString(), 10));
  }
  if (typeof value === 'string' && value !== '' && !Number.isNaN(Number(value))) {
    return String(parseInt(value, 10));
  }
  if (Array.isArray(value) && typeof value[0] === 'number') {
    return String(parseInt(String(value[0]), 10));
  }
  return 'NaN';
}

/** `%f`: a float (switchFloatValue). */
function floatText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') {
    return String(value);
  }
  if (typeof value === 'string' && value !== '' && !Number.isNaN(Number(value))) {
    return String(parseFloat(value));
  }
  return 'NaN';
}

/** `%s`: `String(value)`, so an object prints as `[object Object]` (switchStringValue). */
function stringText(value: unknown): string {
  return typeof value === 'symbol' ? value.toString() : String(value);
}

/**
 * A printf-like string: `%s %d %i %f %j %o %O %c` each take the next argument, `%%` prints `%`,
 * placeholders without an argument stay as they are, and extra arguments are appended after a
 * space. Arguments must be strings, numbers, objects or functions; anything else throws 401.
 * `%o`/`%O` use Node's inspection, which lays objects out differently from the device.
 *
 * @param formatString - The format.
 * @param args - The values.
 */
export function format(formatString: string, ...args: unknown[]): string {
  if (typeof formatString !== 'string' && !Array.isArray(formatString)) {
    throw typeError(formatString, 'string or array');
  }
  for (const value of args) {
    if (typeof value !== 'object' && typeof value !== 'number' && typeof value !== 'function' && typeof value !== 'string') {
      throw new UtilBusinessError('Parameter error. The type of last parameters must be object');
    }
  }
  const text = Array.isArray(formatString) ? formatString.join(' ') : formatString;
  let index = 0;
  let out = text.replace(/%([sdifjoOc%])/g, (whole, specifier: string) => {
    if (specifier === '%') {
      return '%';
    }
    if (index >= args.length) {
      return whole;
    }
    const value = args[index++];
    switch (specifier) {
      case 's':
        return stringText(value);
      case 'd':
        return numberText(value);
      case 'i':
        return intText(value);
      case 'f':
        return floatText(value);
      case 'j':
        return JSON.stringify(value) ?? 'undefined';
      case 'o':
        return inspect(value, { showHidden: true, depth: 4 });
      case 'O':
        return inspect(value, { depth: 4 });
      default:
        return String(value);
    }
  });
  for (; index < args.length; index++) {
    out += ` ${String(args[index])}`;
  }
  return out;
}

/**
 * Turns a function taking an `(err, ...values)` callback last into one returning a promise. As
 * on the device, the promise resolves with the **array** of the callback's values, not the
 * first value, and rejects with `err` when it is truthy.
 *
 * @param original - The callback-style function.
 */
export function promisify(original: (...args: unknown[]) => unknown): (...args: unknown[]) => Promise<unknown[]> {
  if (typeof original !== 'function') {
    throw typeError(original, 'function');
  }
  return (...args: unknown[]) =>
    new Promise<unknown[]>((resolve, reject) => {
      const callback = (err: unknown, ...values: unknown[]): void => {
        if (err) {
          reject(err);
        } else {
          resolve(values);
        }
      };
      original.apply(null, [...args, callback]);
    });
}

/**
 * The system message for an errno, from libuv's table (which the device's native helper uses
 * too); e.g. -2 gives `'no such file or directory'`.
 *
 * @param errno - A (negative, libuv-style) error number.
 */
export function errnoToString(errno: number): string {
  if (typeof errno !== 'number') {
    throw typeError(errno, 'number');
  }
  return getSystemErrorMap().get(errno)?.[1] ?? `Unknown system error ${errno}`;
}
