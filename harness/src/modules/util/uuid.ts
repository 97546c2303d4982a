/**
 * UUIDs of `@ohos.util` (util_js.ts randomUUID, randomBinaryUUID, parseUUID; js_uuid.cpp): RFC
 * 4122 version 4, lowercase, from Node's cryptographic random source. The device keeps a cache
 * of pre-generated UUIDs when `entropyCache` is true; the values are random either way.
 *
 * @packageDocumentation
 */
import { randomUUID } from 'node:crypto';
import { SYNTAX_ERROR, typeError, UtilBusinessError } from './business-error';

/** Checks `entropyCache` as the device does: `undefined`/`null` mean true, anything else must be boolean. */
function checkEntropy(entropyCache: unknown): void {
  if (entropyCache !== undefined && entropyCache !== null && typeof entropyCache !== 'boolean') {
    throw typeError(entropyCache, 'boolean');
  }
}

/**
 * A random version 4 UUID, e.g. `'84bdf796-66cc-4655-9b89-d6218d100f9c'`.
 *
 * @param entropyCache - Whether a cached UUID may be used; must be a boolean when given.
 */
export function generateRandomUUID(entropyCache?: boolean): string {
  checkEntropy(entropyCache);
  return randomUUID();
}

/**
 * The 16 bytes of `uuid` (a 36-character UUID string); throws 10200002 for anything else.
 *
 * @param uuid - A UUID string.
 */
export function parseUUID(uuid: string): Uint8Array {
  if (typeof uuid !== 'string' || !/[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}/.test(uuid)) {
    throw new UtilBusinessError(`Syntax Error.Invalid ${String(uuid)} string`, SYNTAX_ERROR);
  }
  const match = /[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}/.exec(uuid) as RegExpExecArray;
  return new Uint8Array(Buffer.from(match[0].replace(/-/g, ''), 'hex'));
}

/**
 * A random version 4 UUID as 16 bytes.
 *
 * @param entropyCache - As for {@link generateRandomUUID}.
 */
export function generateRandomBinaryUUID(entropyCache?: boolean): Uint8Array {
  checkEntropy(entropyCache);
  return parseUUID(randomUUID());
}
