/**
 * How the harness stores one preferences instance in its file. The device's XML format is not
 * reproduced (the fact sheet does not give it): the file is our own JSON,
 * `{"format":"ohos-cloud-extension-harness/preferences","version":1,"values":{key: entry}}`,
 * where an entry is `{"type": t, "value": v}` with t one of `number`, `string`, `boolean`,
 * `bigint` (decimal string), `Uint8Array` (base64), `number[]`, `string[]`, `boolean[]` or
 * `object` (the JSON of the object).
 *
 * @packageDocumentation
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path = require('node:path');

/** The `format` tag of a harness preferences file. */
export const FILE_FORMAT = 'ohos-cloud-extension-harness/preferences';

/** A value preferences can hold (SDK `ValueType`). */
export type ValueType = number | string | boolean | bigint | Uint8Array | number[] | string[] | boolean[] | object;

/** One stored entry. */
interface Entry {
  readonly type: string;
  readonly value: unknown;
}

/** The entry of a value. */
function encode(value: ValueType): Entry {
  if (value instanceof Uint8Array) {
    return { type: 'Uint8Array', value: Buffer.from(value).toString('base64') };
  }
  if (typeof value === 'bigint') {
    return { type: 'bigint', value: value.toString() };
  }
  if (Array.isArray(value)) {
    const element = value.length === 0 ? 'number' : typeof value[0];
    return { type: `${element}[]`, value };
  }
  if (typeof value === 'object') {
    return { type: 'object', value };
  }
  return { type: typeof value, value };
}

/** The value of an entry. */
function decode(entry: Entry): ValueType {
  switch (entry.type) {
    case 'Uint8Array':
      return new Uint8Array(Buffer.from(String(entry.value), 'base64'));
    case 'bigint':
      return BigInt(String(entry.value));
    default:
      return entry.value as ValueType;
  }
}

/**
 * The values in a preferences file; an empty map when there is no file.
 *
 * @param hostPath - The file on the host.
 */
export function readPreferencesFile(hostPath: string): Map<string, ValueType> {
  const values = new Map<string, ValueType>();
  if (!existsSync(hostPath)) {
    return values;
  }
  const parsed = JSON.parse(readFileSync(hostPath, 'utf8')) as { values?: Record<string, Entry> };
  for (const [key, entry] of Object.entries(parsed.values ?? {})) {
    values.set(key, decode(entry));
  }
  return values;
}

/**
 * Writes the values to the file, whole, through a temporary file renamed over it.
 *
 * @param hostPath - The file on the host.
 * @param values - Every value.
 */
export function writePreferencesFile(hostPath: string, values: ReadonlyMap<string, ValueType>): void {
  const entries: Record<string, Entry> = {};
  for (const [key, value] of values) {
    entries[key] = encode(value);
  }
  mkdirSync(path.dirname(hostPath), { recursive: true, mode: 0o770 });
  const temporary = `${hostPath}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ format: FILE_FORMAT, version: 1, values: entries }, null, 2)}\n`, { mode: 0o660 });
  renameSync(temporary, hostPath);
}
