/**
 * The writes of the parts every CloudDB and AssetLoader reply shares: result codes, counts,
 * assets, row values and rows (cloud_extension_stub.js:419-513, 655-670), named in the order the
 * stubs write them (`stubs/values.ts`).
 *
 * @packageDocumentation
 */

import { show } from '../../stubs/recording/show-value';
import { ErrorCode } from '../../stubs/codes';
import { FieldType, MAX_SIZE } from '../../stubs/values';
import type { RuleId } from '../rules';
import type { ReplyWalk, ThrowReport } from './reply-walk';

/** The highest `cloudExtension.ErrorCode`. */
const LAST_ERROR_CODE = ErrorCode.NO_SPACE_FOR_ASSET;

/** A property of a vendor value, or `undefined` where reading it would throw. */
export function peek(object: unknown, key: string | number): unknown {
  try {
    return object === null || object === undefined ? undefined : (object as Record<string | number, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A result code: an int32, and a warning for a code outside `ErrorCode`. Gives the code passed. */
export function resultCode(walk: ReplyWalk, field: string): number {
  const code = walk.int(field);
  if (!(Number.isInteger(code) && code >= 0 && code <= LAST_ERROR_CODE)) {
    walk.changed(
      'unknown-error-code',
      field,
      `${field} is ${show(code)}, which is not a cloudExtension.ErrorCode (0 to ${LAST_ERROR_CODE}): the system cannot tell what went wrong.`
    );
  }
  return code;
}

/**
 * The `length` of a vendor array, written as an int32: gives the count the stub walks. With
 * `forEach`, the stub then calls `value.forEach`, which throws TypeError for anything without one.
 */
export function arrayLength(walk: ReplyWalk, value: unknown, field: string, missingRule: RuleId, forEach = false): number {
  walk.read(value, 'length', field, missingRule);
  const count = walk.int(`${field}.length`, { rule: missingRule, field, subject: `${field} is ${show(value)}, not an array` });
  if (forEach && typeof peek(value, 'forEach') !== 'function') {
    walk.fail(
      missingRule,
      field,
      `${field} is ${show(value)}, not an array: the stub wrote its length ${show(count)}, then calls forEach on it, which throws TypeError, and the reply is cut short.`
    );
  }
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** The value of a successful result; `success-without-value` when it is missing. */
export function successValue(walk: ReplyWalk, result: unknown, field: string, key: string): unknown {
  const value = walk.read(result, 'value', field, 'result-missing');
  if (value === undefined || value === null) {
    walk.fail(
      'success-without-value',
      `${field}.value`,
      `${field}.code is 0 (SUCCESS) but ${field}.value is ${show(value)}: the stub has already written the code, then throws TypeError reading value.${key}, so the system gets a truncated reply.`
    );
  }
  return value;
}

/** The nine fields of an asset (cloud_extension_stub.js:469-482, 495-508, 660-669). */
export function asset(walk: ReplyWalk, value: unknown, field: string, inRow: boolean, missingRule: RuleId): void {
  const looksLikeAsset = typeof value === 'object' && value !== null && typeof peek(value, 'name') === 'string';
  // A row value the stub wrote as an asset although it is none: the first field it cannot write names it.
  const report: ThrowReport =
    inRow && !looksLikeAsset
      ? {
          rule: 'value-not-encodable',
          field,
          message: (written) =>
            `${field} is ${show(value)}: the stub only knows null, numbers, strings, booleans, Uint8Array, assets and arrays of assets, so it writes it as an asset, and writing ${written} threw BusinessError 401; the reply is cut short.`
        }
      : {};
  for (const key of ['name', 'uri', 'path', 'createTime', 'modifyTime', 'size']) {
    walk.read(value, key, field, missingRule);
    walk.string(`${field}.${key}`, report);
  }
  const status = walk.read(value, 'status', field, missingRule);
  const sent = walk.int(`${field}.status`, report);
  if (inRow && !status && status !== undefined) {
    // cloud_extension_stub.js:475-480, 501-506: a falsy status is replaced by ASSET_NORMAL.
    walk.changed(
      'asset-status-changed',
      `${field}.status`,
      `${field}.status is ${show(status)}; the stub replaces a falsy status with ASSET_NORMAL, so the system reads ${sent}.`
    );
  }
  for (const key of ['assetId', 'hash']) {
    walk.read(value, key, field, missingRule);
    walk.string(`${field}.${key}`, report);
  }
}

/** One row value: its tag, then what the tag says follows (cloud_extension_stub.js:441-511). */
export function rowValue(walk: ReplyWalk, value: unknown, field: string): void {
  const tag = walk.int(field);
  switch (tag) {
    case FieldType.NULL:
      return;
    case FieldType.NUMBER:
      walk.long(field, true);
      return;
    case FieldType.REAL:
      walk.double(field);
      return;
    case FieldType.TEXT:
      walk.string(field);
      return;
    case FieldType.BOOL:
      walk.bool(field);
      return;
    case FieldType.BLOB:
      walk.intArray(field);
      return;
    case FieldType.ASSETS: {
      const count = walk.int(`${field}.length`);
      for (let index = 0; index < count; index++) {
        // forEach skips holes (cloud_extension_stub.js:466).
        if (Array.isArray(value) && !(index in value)) {
          continue;
        }
        asset(walk, peek(value, index), `${field}[${index}]`, true, 'wrong-field-type');
      }
      return;
    }
    default:
      asset(walk, value, field, true, 'wrong-field-type');
  }
}

/** A value bucket: its key count, then each key and value (cloud_extension_stub.js:436-513). */
export function bucket(walk: ReplyWalk, row: unknown, field: string): void {
  if (row === null || row === undefined) {
    walk.fail('result-missing', field, `${field} is ${show(row)}: Object.keys throws TypeError and the reply is cut short.`);
  }
  if (row instanceof Map) {
    walk.changed(
      'value-not-encodable',
      field,
      `${field} is a Map of ${row.size} entries: the stub walks Object.keys, which sees none of them, so the system gets an empty row.`
    );
  }
  const count = walk.int(`${field} key count`);
  for (let index = 0; index < count; index++) {
    const key = walk.string(`${field} key`);
    rowValue(walk, peek(row, key), `${field}.${key}`);
  }
}

/**
 * The stub's guard before rows and row results (cloud_extension_stub.js:419-434, 515-523): a length beyond
 * `MAX_SIZE` (only an array-like object can have one) makes it write nothing at all, not even the
 * count, so the system's reply ends early.
 */
export function rowsGuard(walk: ReplyWalk, value: unknown, field: string): void {
  const length = peek(value, 'length');
  if (typeof length === 'number' && length > MAX_SIZE) {
    walk.fail(
      'wrong-field-type',
      field,
      `${field} has length ${show(length)}, beyond ${MAX_SIZE}: the stub writes none of it, not even its count, so the system's reply ends early.`
    );
  }
}

/** Insert, update and delete results: a count, then each code and bucket (cloud_extension_stub.js:419-434). */
export function rowResults(walk: ReplyWalk, results: unknown): void {
  walk.read(results, 'length', 'result', 'result-missing');
  rowsGuard(walk, results, 'result');
  const count = arrayLength(walk, results, 'result', 'result-missing');
  for (let index = 0; index < count; index++) {
    const item = peek(results, index);
    const field = `result[${index}]`;
    walk.read(item, 'code', field, 'result-missing');
    resultCode(walk, `${field}.code`);
    const value = peek(item, 'value');
    if (value) {
      bucket(walk, value, `${field}.value`);
    } else {
      walk.int(`${field}.value`);
    }
  }
}
