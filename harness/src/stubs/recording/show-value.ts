/**
 * A short, readable rendering of any JavaScript value, for messages about what a vendor returned:
 * the same text whether it is made beside the stub or in the check.
 *
 * @packageDocumentation
 */

/** Strings longer than this many UTF-16 units are shown cut, with their length. */
const SHOWN_STRING_UNITS = 40;

/**
 * A short, readable rendering of `value`: numbers as JavaScript writes them (`-0` kept), strings
 * quoted (NUL and lone surrogates escaped, cut after 40 units), objects by their kind.
 * Never throws, whatever the value's getters or proxies do.
 *
 * @param value - Any value.
 * @returns E.g. `-0`, `"left\u0000right"`, `an array of 3`, `a Date`.
 */
export function show(value: unknown): string {
  try {
    return describeValue(value);
  } catch {
    return 'a value that cannot be inspected';
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'undefined';
  }
  if (value === null) {
    return 'null';
  }
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'string': {
      const shown = value.length > SHOWN_STRING_UNITS ? `${value.slice(0, SHOWN_STRING_UNITS)}… (${value.length} characters)` : value;
      return JSON.stringify(shown);
    }
    case 'boolean':
      return String(value);
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      break;
  }
  if (Array.isArray(value)) {
    return `an array of ${value.length}`;
  }
  if (value instanceof Uint8Array) {
    return `a ${value.constructor.name} of ${value.length} bytes`;
  }
  if (value instanceof Date) {
    return 'a Date';
  }
  if (ArrayBuffer.isView(value)) {
    return `a ${value.constructor.name}`;
  }
  if (value instanceof ArrayBuffer) {
    return 'an ArrayBuffer';
  }
  if (value instanceof Map) {
    return `a Map of ${value.size} entries`;
  }
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof name === 'string' && name !== 'Object' && name !== '' ? `a ${name} object` : 'an object';
}
