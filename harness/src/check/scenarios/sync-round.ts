import type { Database } from 'ohos-cloud-extension-types';
import type { DatabaseConnection } from '../../system/cloud-db-client';
import type { SystemSide } from '../../system/connect';
import type { RequestRow } from '../../system/row-values';
import type { CheckContext } from '../context';
import { show } from '../../stubs/recording/show-value';
import type { DatabaseShape, TableShape } from '../sample-database';
import { extensionRows, OPERATION, sampleRows } from '../sample-rows';

/** Rows per query page, as the system asks (datamgr_service cloud_db.rs:165-182). */
export const QUERY_LIMIT = 10;

/** Most tables of one database the sync round walks. */
export const MAX_TABLES = 8;

/** What a sync round leaves for the scenarios after it. */
export interface SyncRound {
  /** The database connection, when connectDB worked. */
  readonly connection: DatabaseConnection | undefined;
  /** The gids the round inserted, per table name. */
  readonly gids: ReadonlyMap<string, readonly string[]>;
}

/**
 * One sync round of one database, in the system's order (DEVICE-PROTOCOL §6): ConnectDatabase,
 * Query page by page for every table, Lock, Heartbeat, then per table GenerateIds, Insert, Update
 * and Delete batches, and Unlock.
 */
export async function runSyncRound(
  context: CheckContext,
  system: SystemSide,
  bundleName: string,
  database: DatabaseShape
): Promise<SyncRound> {
  const gids = new Map<string, string[]>();
  const connected = await context.call('CloudService.connectDB', `connectDB(${show(bundleName)}, ${show(database.name)})`, () =>
    system.connectDB(bundleName, database as unknown as Database)
  );
  const connection = connected.value;
  if (connection === undefined || connected.failed) {
    return { connection: undefined, gids };
  }
  const tables = database.tables.slice(0, MAX_TABLES);
  for (const table of tables) {
    await queryAllPages(context, connection, table);
  }

  const lockId = await lockAndBeat(context, connection);

  for (const table of tables) {
    const inserted = await writeBatches(context, connection, table, context.settings.batchRows);
    gids.set(table.name, inserted);
  }

  if (lockId !== undefined) {
    const unlocked = await context.call('CloudDB.unlock', `unlock(${lockId})`, () => connection.unlock(lockId));
    if (unlocked.returned && !context.findings.has('unlock-reply-without-boolean')) {
      context.report(
        'unlock-reply-without-boolean',
        'CloudDB.unlock',
        `unlock(${lockId}) returned ${show((unlocked.vendorValue as { value?: unknown } | undefined)?.value)} as its value; the device's stub sends only the code (it then reads the heartbeat case's variable and throws ReferenceError), so the boolean never reaches the system.`
      );
    }
  }
  return { connection, gids };
}

/**
 * Queries every page of `table` as the system downloads it: limit 10, every column, first cursor
 * '' (which the stub turns into '0', cloud_extension_stub.js:356-358), then each `nextCursor`
 * until `hasMore` is false. Bounded by `maxPages`; a cursor seen before ends it with
 * `query-pages-forever`.
 */
export async function queryAllPages(context: CheckContext, connection: DatabaseConnection, table: TableShape): Promise<number> {
  const fields = table.fields.map((field) => field.colName);
  const seen = new Set<string>();
  let cursor = '';
  let rows = 0;
  for (let page = 0; page < context.settings.maxPages; page++) {
    const effective = cursor === '' ? '0' : cursor;
    seen.add(effective);
    const shown = `query(${show(table.name)}, ${fields.length} fields, ${QUERY_LIMIT}, ${show(effective)})`;
    const outcome = await context.call('CloudDB.query', shown, () => connection.query(table.name, fields, QUERY_LIMIT, cursor));
    const result = outcome.value;
    if (result === undefined || result.code !== 0 || result.value === undefined) {
      return rows;
    }
    const data = result.value;
    rows += data.values.length;
    if (data.values.length > QUERY_LIMIT) {
      context.report(
        'query-over-limit',
        'CloudDB.query',
        `${shown} returned ${data.values.length} rows, more than the limit of ${QUERY_LIMIT} the system asked for.`
      );
    }
    checkExtensionKeys(context, shown, data.values);
    checkTimesAsText(context, shown, data.values);
    if (!data.hasMore) {
      return rows;
    }
    const next = data.nextCursor === '' ? '0' : data.nextCursor;
    if (seen.has(next)) {
      const emptied = data.nextCursor === '' ? " (an empty cursor reaches the extension as '0', the first page)" : '';
      const again = (next === effective ? 'the cursor it was given' : 'a cursor already used on an earlier page') + emptied;
      context.report(
        'query-pages-forever',
        'CloudDB.query',
        `${shown} answered hasMore true with nextCursor ${show(data.nextCursor)}, ${again}: the system would ask for the same page again and the download would never end (stopped after ${page + 1} pages).`
      );
      return rows;
    }
    cursor = data.nextCursor;
  }
  context.report(
    'query-page-limit-reached',
    'CloudDB.query',
    `query(${show(table.name)}, …) still answered hasMore true after ${context.settings.maxPages} pages (${rows} rows). Unless the table really holds that many rows, hasMore never becomes false and the download never ends.`
  );
  return rows;
}

/** Lock, then one heartbeat; gives the lock id when the lock was granted. */
async function lockAndBeat(context: CheckContext, connection: DatabaseConnection): Promise<number | undefined> {
  const locked = await context.call('CloudDB.lock', 'lock()', () => connection.lock());
  const lock = locked.value;
  if (lock === undefined || lock.code !== 0 || lock.value === undefined) {
    return undefined;
  }
  checkInterval(context, 'CloudDB.lock', 'lock()', lock.value.interval);
  const lockId = lock.value.lockId;
  const beat = await context.call('CloudDB.heartbeat', `heartbeat(${lockId})`, () => connection.heartbeat(lockId));
  if (beat.value?.code === 0 && beat.value.value !== undefined) {
    checkInterval(context, 'CloudDB.heartbeat', `heartbeat(${lockId})`, beat.value.value.interval);
  }
  return lockId;
}

function checkInterval(context: CheckContext, method: string, shown: string, interval: number): void {
  if (interval <= 0) {
    context.report(
      'lock-interval-not-positive',
      method,
      `${shown} granted the lock with interval ${interval}: the system reads it as seconds and sends a heartbeat every interval/3, so an interval of 0 or less leaves the lock no time.`
    );
  }
}

/**
 * GenerateIds, then Insert, Update and Delete batches of `count` rows of `table`. Gives the gids
 * it used.
 */
export async function writeBatches(
  context: CheckContext,
  connection: DatabaseConnection,
  table: TableShape,
  count: number,
  capacityRule?: 'reply-too-large-in-large-batch'
): Promise<string[]> {
  const gids = await generateIds(context, connection, count, table.name);
  const rows = sampleRows(table, count, 0, 'plain');
  const options = capacityRule === undefined ? {} : { capacityRule };
  const sizeNote = capacityRule === undefined ? '' : ' (large batch)';

  const inserted = await context.call(
    'CloudDB.insert',
    `insert(${show(table.name)}, ${count} rows${sizeNote})`,
    () => connection.insert(table.name, rows, extensionRows(gids, OPERATION.INSERT, 0)),
    options
  );
  checkCount(context, 'CloudDB.insert', `insert(${show(table.name)}, ${count} rows${sizeNote})`, inserted, count, 'rows');

  const changed = sampleRows(table, count, count, 'plain');
  const updated = await context.call(
    'CloudDB.update',
    `update(${show(table.name)}, ${count} rows${sizeNote})`,
    () => connection.update(table.name, changed, extensionRows(gids, OPERATION.UPDATE, 0)),
    options
  );
  checkCount(context, 'CloudDB.update', `update(${show(table.name)}, ${count} rows${sizeNote})`, updated, count, 'rows');

  const deleted = await context.call(
    'CloudDB.delete',
    `delete(${show(table.name)}, ${count} rows${sizeNote})`,
    () => connection.delete(table.name, extensionRows(gids, OPERATION.DELETE, 0)),
    options
  );
  checkCount(context, 'CloudDB.delete', `delete(${show(table.name)}, ${count} rows${sizeNote})`, deleted, count, 'rows');
  return gids;
}

/**
 * generateId(count), checking the number of ids and duplicates (within the call and across the
 * check); where an id is missing, a harness id takes its place so the batch can still be sent.
 */
export async function generateIds(
  context: CheckContext,
  connection: DatabaseConnection,
  count: number,
  tableName: string
): Promise<string[]> {
  const ids = context.generatedIds;
  const shown = `generateId(${count})`;
  const outcome = await context.call('CloudDB.generateId', shown, () => connection.generateId(count));
  const given = outcome.value?.code === 0 && outcome.value.value !== undefined ? outcome.value.value : [];
  if (outcome.value?.code === 0 && outcome.value.value !== undefined && given.length !== count) {
    context.report('result-count-mismatch', 'CloudDB.generateId', `${shown} returned ${given.length} ids for ${count} rows.`);
  }
  const gids: string[] = [];
  for (let index = 0; index < count; index++) {
    const id = given[index];
    if (typeof id === 'string' && id !== '') {
      const earlier = ids.get(id);
      if (earlier !== undefined) {
        context.report(
          'duplicate-ids',
          'CloudDB.generateId',
          `${shown} returned the id ${show(id)}, which it had already given (${earlier}).`
        );
      }
      ids.set(id, `${shown}, id ${index + 1} of ${count}`);
      gids.push(id);
    } else {
      gids.push(`harness-gid-${tableName}-${context.calls}-${index}`);
    }
  }
  return gids;
}

/** Warns when a batch answered with another number of results than it was sent rows. */
export function checkCount(
  context: CheckContext,
  method: string,
  shown: string,
  outcome: { readonly value: readonly unknown[] | undefined },
  expected: number,
  what: string
): void {
  const results = outcome.value;
  if (results !== undefined && results.length !== expected) {
    context.report('result-count-mismatch', method, `${shown} returned ${results.length} results for ${expected} ${what}.`);
  }
}

/** Rows of `table` for the edge inputs: non-ASCII text, nulls, blobs, assets and edge numbers. */
export function edgeRows(table: TableShape, count: number): RequestRow[] {
  return sampleRows(table, count, 0, 'edge');
}

/** The keys of `ExtensionValue` every query row should carry beside its data. */
export const EXTENSION_KEYS = ['id', 'createTime', 'modifyTime', 'operation'] as const;

/**
 * Notes query rows whose times are numbers: the open bridge reads `createTime` and `modifyTime` as
 * text, of the length its adapter reports, and reports no length for a number, so the engine gets
 * 0 (datamgr_service cloud_cursor_impl.cpp:205-233).
 */
function checkTimesAsText(context: CheckContext, shown: string, rows: readonly Readonly<Record<string, unknown>>[]): void {
  const numeric = rows.find((row) => typeof row['createTime'] === 'number' || typeof row['modifyTime'] === 'number');
  if (numeric === undefined || context.findings.has('query-times-read-as-text')) {
    return;
  }
  context.report(
    'query-times-read-as-text',
    'CloudDB.query',
    `${shown} returned createTime and modifyTime as numbers (${show(numeric['createTime'])}, ${show(numeric['modifyTime'])}), as ExtensionValue declares them. The open bridge in datamgr_service reads these two keys as decimal text, and its Rust adapter gives no length for a number, so the sync engine receives 0 for both times and its last-writer-wins merge compares 0 with 0. A device maker's own bridge may differ.`
  );
}

/** Warns when query rows lack the cloud id (naming every missing extension key). */
function checkExtensionKeys(context: CheckContext, shown: string, rows: readonly Readonly<Record<string, unknown>>[]): void {
  const withoutId = rows.filter((row) => typeof row['id'] !== 'string' || row['id'] === '');
  const first = withoutId[0];
  if (first === undefined) {
    return;
  }
  const missing = EXTENSION_KEYS.filter((key) => !Object.prototype.hasOwnProperty.call(first, key));
  context.report(
    'query-row-without-extension',
    'CloudDB.query',
    `${shown} returned ${withoutId.length} of ${rows.length} rows without a cloud id (the first lacks ${missing.map((key) => show(key)).join(', ') || 'a string "id"'}).`
  );
}
