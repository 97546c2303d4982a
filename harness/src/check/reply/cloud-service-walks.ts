/**
 * The writes of the CloudService stub's replies (cloud_extension_stub.js:97-201), in the order
 * `stubs/cloud-service-stub.ts` makes them.
 *
 * @packageDocumentation
 */

import { show } from '../../stubs/recording/show-value';
import { FieldType } from '../../stubs/values';
import type { ReplyWalk } from './reply-walk';
import { arrayLength, peek, resultCode, successValue } from './row-walks';

/** The highest `cloudExtension.FieldType` (ASSETS). */
const LAST_FIELD_TYPE = FieldType.ASSETS;

/** A record the stub walks with `Object.keys`: its key count, then `each` per key. */
function keyed(walk: ReplyWalk, record: unknown, field: string, each: (key: string, value: unknown) => void): void {
  if (record === null || record === undefined) {
    walk.fail('result-missing', field, `${field} is ${show(record)}: Object.keys throws TypeError, so the reply is cut short.`);
  }
  const count = walk.int(`${field} key count`);
  for (let index = 0; index < count; index++) {
    const key = walk.string(`${field} key`);
    each(key, peek(record, key));
  }
}

/** `getServiceInfo` (cloud_extension_stub.js:97-110). */
export function serviceInfo(walk: ReplyWalk, info: unknown): void {
  for (const [key, write] of [
    ['enableCloud', () => walk.bool('result.enableCloud')],
    ['id', () => walk.string('result.id')],
    ['totalSpace', () => walk.long('result.totalSpace', false)],
    ['remainingSpace', () => walk.long('result.remainingSpace', false)],
    ['user', () => walk.int('result.user')]
  ] as const) {
    walk.read(info, key, 'result', 'result-missing');
    write();
  }
}

/** `getAppBriefInfo` (cloud_extension_stub.js:111-130). */
export function appBriefInfo(walk: ReplyWalk, infos: unknown): void {
  keyed(walk, infos, 'result', (key, info) => {
    const field = `result[${JSON.stringify(key)}]`;
    walk.read(info, 'appId', field, 'result-missing');
    walk.string(`${field}.appId`);
    walk.string(`${field}.bundleName`);
    walk.int(`${field}.cloudSwitch`);
    walk.int(`${field}.instanceId`);
  });
}

/** `getAppSchema` (cloud_extension_stub.js:131-178). */
export function appSchema(walk: ReplyWalk, result: unknown): void {
  walk.read(result, 'code', 'result', 'result-missing');
  if (resultCode(walk, 'result.code') !== 0) {
    return;
  }
  const schema = successValue(walk, result, 'result', 'version');
  walk.int('result.value.version');
  walk.string('result.value.bundleName');
  const databases = peek(schema, 'databases');
  const databaseCount = arrayLength(walk, databases, 'result.value.databases', 'wrong-field-type', true);
  for (let d = 0; d < databaseCount; d++) {
    const database = peek(databases, d);
    const field = `result.value.databases[${d}]`;
    walk.read(database, 'alias', field, 'wrong-field-type');
    walk.string(`${field}.alias`);
    walk.string(`${field}.name`);
    const tables = peek(database, 'tables');
    const tableCount = arrayLength(walk, tables, `${field}.tables`, 'wrong-field-type', true);
    for (let t = 0; t < tableCount; t++) {
      const table = peek(tables, t);
      const tableField = `${field}.tables[${t}]`;
      walk.read(table, 'alias', tableField, 'wrong-field-type');
      walk.string(`${tableField}.alias`);
      walk.string(`${tableField}.name`);
      const fields = peek(table, 'fields');
      const fieldCount = arrayLength(walk, fields, `${tableField}.fields`, 'wrong-field-type', true);
      for (let f = 0; f < fieldCount; f++) {
        const column = peek(fields, f);
        const columnField = `${tableField}.fields[${f}]`;
        walk.read(column, 'alias', columnField, 'wrong-field-type');
        walk.string(`${columnField}.alias`);
        const colName = walk.string(`${columnField}.colName`);
        const type = walk.int(`${columnField}.type`);
        if (!(Number.isInteger(type) && type >= 0 && type <= LAST_FIELD_TYPE)) {
          walk.changed(
            'field-type-unknown',
            `${columnField}.type`,
            `${columnField}.type is ${show(type)}, not a cloudExtension.FieldType (0 to ${LAST_FIELD_TYPE}): the system cannot tell how to store column ${show(colName)}.`
          );
        }
        walk.bool(`${columnField}.primary`);
        walk.bool(`${columnField}.nullable`);
      }
    }
  }
}

/** `subscribe` (cloud_extension_stub.js:179-201). */
export function subscribeInfo(walk: ReplyWalk, result: unknown): void {
  walk.read(result, 'code', 'result', 'result-missing');
  if (resultCode(walk, 'result.code') !== 0) {
    return;
  }
  const info = successValue(walk, result, 'result', 'expirationTime');
  walk.long('result.value.expirationTime', false);
  const subscribe = peek(info, 'subscribe');
  if (subscribe === null || subscribe === undefined) {
    walk.fail(
      'wrong-field-type',
      'result.value.subscribe',
      `result.value.subscribe is ${show(subscribe)}: Object.keys throws TypeError after the code was written, so the reply is cut short.`
    );
  }
  keyed(walk, subscribe, 'result.value.subscribe', (key, ids) => {
    const field = `result.value.subscribe[${JSON.stringify(key)}]`;
    const count = arrayLength(walk, ids, field, 'wrong-field-type', true);
    for (let index = 0; index < count; index++) {
      const id = peek(ids, index);
      walk.read(id, 'databaseAlias', `${field}[${index}]`, 'wrong-field-type');
      walk.string(`${field}[${index}].databaseAlias`);
      walk.string(`${field}[${index}].id`);
    }
  });
}
