/**
 * The writes of the CloudDB stub's replies (cloud_extension_stub.js:288-399), in the order
 * `stubs/cloud-db-stub.ts` makes them.
 *
 * @packageDocumentation
 */

import type { ReplyWalk } from './reply-walk';
import { arrayLength, bucket, peek, resultCode, rowsGuard, successValue } from './row-walks';

/** `generateId` (cloud_extension_stub.js:301-311). */
export function generatedIds(walk: ReplyWalk, result: unknown): void {
  walk.read(result, 'code', 'result', 'result-missing');
  if (resultCode(walk, 'result.code') !== 0) {
    return;
  }
  const ids = successValue(walk, result, 'result', 'length');
  const count = arrayLength(walk, ids, 'result.value', 'wrong-field-type', true);
  for (let index = 0; index < count; index++) {
    walk.string(`result.value[${index}]`);
  }
}

/** `query` (cloud_extension_stub.js:351-369, 413-417, 515-523). */
export function queryPage(walk: ReplyWalk, result: unknown): void {
  walk.read(result, 'code', 'result', 'result-missing');
  if (resultCode(walk, 'result.code') !== 0) {
    return;
  }
  const page = successValue(walk, result, 'result', 'nextCursor');
  walk.string('result.value.nextCursor');
  walk.bool('result.value.hasMore');
  const values = peek(page, 'values');
  walk.read(values, 'length', 'result.value.values', 'wrong-field-type');
  rowsGuard(walk, values, 'result.value.values');
  const count = arrayLength(walk, values, 'result.value.values', 'wrong-field-type');
  for (let index = 0; index < count; index++) {
    bucket(walk, peek(values, index), `result.value.values[${index}]`);
  }
}

/** `lock` and `heartbeat` (cloud_extension_stub.js:370-386). */
export function lockInfo(walk: ReplyWalk, result: unknown): void {
  walk.read(result, 'code', 'result', 'result-missing');
  if (resultCode(walk, 'result.code') !== 0) {
    return;
  }
  successValue(walk, result, 'result', 'interval');
  walk.int('result.value.interval');
  walk.int('result.value.lockId');
}

/** `unlock`: the code only; the stub throws before the boolean (cloud_extension_stub.js:387-394). */
export function unlockCode(walk: ReplyWalk, result: unknown): void {
  walk.read(result, 'code', 'result', 'result-missing');
  resultCode(walk, 'result.code');
}
