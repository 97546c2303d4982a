import type { LockInfo } from 'ohos-cloud-extension-types';
import { CloudDbCode } from '../stubs/codes';
import type { ReplyReader } from './reply-reader';
import { prefixed } from './reply-reader';
import type { RequestRow, SystemRow } from './row-values';
import { readRow, readRows, writeRows } from './row-values';
import type { CodeAndValue, SystemReply } from './system-reply';
import type { TransportOptions } from './transport';
import { call } from './transport';

/**
 * The lock duration the system puts in a Lock request, in seconds. The stub reads nothing for Lock
 * (cloud_extension_stub.js:370-371); the open caller sends it anyway (datamgr_service
 * ylong_cloud_extension cloud_db.rs:23, ipc_conn/database.rs:314-318).
 */
export const LOCK_REQUEST_SECONDS = 3600;

/**
 * One result of an insert, update or delete as the system reads it: the code and the row that
 * follows it. The stub writes a row after every code, an empty one when the vendor gave no value
 * (cloud_extension_stub.js:424-432).
 */
export interface BatchResult {
  /** The vendor's code for this row. */
  code: number;
  /** The row the vendor returned, `{}` when it returned none. */
  value: SystemRow;
}

/** One page of a query as the system reads it (cloud_extension_stub.js:413-417). */
export interface QueryPage {
  /** The cursor to send with the next query. */
  nextCursor: string;
  /** Whether another page follows; `false` ends the download. */
  hasMore: boolean;
  /** The rows of this page. */
  values: SystemRow[];
}

/**
 * The system's connection to one cloud database (a CloudDB stub). Every method sends one request
 * as the system writes it and gives the reply as the system reads it; none throws on a vendor bug.
 */
export interface DatabaseConnection {
  /** The CloudDB stub. */
  readonly remote: object;
  /**
   * GenerateIds (code 0): i32 count (cloud_extension_stub.js:302); reply i32 code and, when it is
   * 0, i32 n and n strings (304-310).
   */
  generateId(count: number): Promise<SystemReply<CodeAndValue<string[]>>>;
  /**
   * Insert (code 1): str table, rows, extension rows (cloud_extension_stub.js:313-315); reply the
   * results, one code and one row each (419-434). With no rows the stub answers `[0]` without
   * calling the vendor (316-319).
   */
  insert(table: string, values: readonly RequestRow[], extensions: readonly RequestRow[]): Promise<SystemReply<BatchResult[]>>;
  /** Update (code 2): str table, rows, extension rows (cloud_extension_stub.js:329-331); reply as insert. */
  update(table: string, values: readonly RequestRow[], extensions: readonly RequestRow[]): Promise<SystemReply<BatchResult[]>>;
  /** Delete (code 3): str table, extension rows (cloud_extension_stub.js:341-342); reply as insert. */
  delete(table: string, extensions: readonly RequestRow[]): Promise<SystemReply<BatchResult[]>>;
  /**
   * Query (code 4): str table, i32 field count and the field names, i32 limit, str cursor
   * (cloud_extension_stub.js:352-355; an empty cursor reaches the vendor as `'0'`, 356-358).
   * Reply i32 code and, when it is 0, str nextCursor, bool hasMore and the rows (361-364, 413-417).
   */
  query(table: string, fields: readonly string[], limit: number, cursor: string): Promise<SystemReply<CodeAndValue<QueryPage>>>;
  /**
   * Lock (code 5): the system sends i32 3600, which the stub ignores (cloud_extension_stub.js:370-371);
   * reply i32 code and, when it is 0, i32 interval (seconds) and i32 lockId (372-376).
   */
  lock(): Promise<SystemReply<CodeAndValue<LockInfo>>>;
  /** Heartbeat (code 7): i32 lockId (cloud_extension_stub.js:379); reply as lock (381-385). */
  heartbeat(lockId: number): Promise<SystemReply<CodeAndValue<LockInfo>>>;
  /**
   * Unlock (code 6): i32 lockId (cloud_extension_stub.js:388); the system reads only the code
   * (390; the boolean after it is never written, 391).
   */
  unlock(lockId: number): Promise<SystemReply<number>>;
}

/** Reads the results of insert, update and delete (cloud_extension_stub.js:419-434). */
function readBatchResults(reader: ReplyReader): BatchResult[] {
  const results: BatchResult[] = [];
  reader.partial = results;
  const count = reader.count('results.length');
  for (let index = 0; index < count; index++) {
    const result: BatchResult = { code: 0, value: {} };
    results.push(result);
    try {
      result.code = reader.int32('.code');
      readRow(reader, '.value', result.value);
    } catch (error) {
      throw prefixed(error, `results[${index}]`);
    }
  }
  return results;
}

/** Reads a code and, when it is 0, the lock information (cloud_extension_stub.js:372-376, 381-385). */
function readLockInfo(reader: ReplyReader): CodeAndValue<LockInfo> {
  const result: CodeAndValue<LockInfo> = { code: reader.int32('code') };
  reader.partial = result;
  if (result.code === 0) {
    const info: Partial<LockInfo> = {};
    result.value = info as LockInfo;
    info.interval = reader.int32('value.interval');
    info.lockId = reader.int32('value.lockId');
  }
  return result;
}

/** The system's caller of a CloudDB stub; see {@link DatabaseConnection}. */
export class CloudDbClient implements DatabaseConnection {
  /** The CloudDB stub. */
  readonly remote: object;
  private readonly options: TransportOptions;

  /** Calls `remote` with the given time limit. */
  constructor(remote: object, options: TransportOptions = {}) {
    this.remote = remote;
    this.options = options;
  }

  /** {@inheritDoc DatabaseConnection.generateId} */
  generateId(count: number): Promise<SystemReply<CodeAndValue<string[]>>> {
    return call(
      this.remote,
      { interfaceName: 'CloudDB', method: 'generateId', code: CloudDbCode.GenerateIds },
      (writer) => writer.int32(count, 'count'),
      (reader) => {
        const result: CodeAndValue<string[]> = { code: reader.int32('code') };
        reader.partial = result;
        if (result.code === 0) {
          const ids: string[] = [];
          result.value = ids;
          const n = reader.count('value.length');
          for (let index = 0; index < n; index++) {
            ids.push(reader.string(`value[${index}]`));
          }
        }
        return result;
      },
      this.options
    );
  }

  /** {@inheritDoc DatabaseConnection.insert} */
  insert(table: string, values: readonly RequestRow[], extensions: readonly RequestRow[]): Promise<SystemReply<BatchResult[]>> {
    return this.batch('insert', CloudDbCode.Insert, table, values, extensions);
  }

  /** {@inheritDoc DatabaseConnection.update} */
  update(table: string, values: readonly RequestRow[], extensions: readonly RequestRow[]): Promise<SystemReply<BatchResult[]>> {
    return this.batch('update', CloudDbCode.Update, table, values, extensions);
  }

  /** {@inheritDoc DatabaseConnection.delete} */
  delete(table: string, extensions: readonly RequestRow[]): Promise<SystemReply<BatchResult[]>> {
    return this.batch('delete', CloudDbCode.Delete, table, undefined, extensions);
  }

  /** {@inheritDoc DatabaseConnection.query} */
  query(table: string, fields: readonly string[], limit: number, cursor: string): Promise<SystemReply<CodeAndValue<QueryPage>>> {
    return call(
      this.remote,
      { interfaceName: 'CloudDB', method: 'query', code: CloudDbCode.Query },
      (writer) => {
        writer.string(table, 'table');
        // cloud_extension_stub.js:401-411: i32 count, then one string per field.
        writer.count(fields.length, 'fields.length');
        for (let index = 0; index < fields.length; index++) {
          writer.string(fields[index], `fields[${index}]`);
        }
        writer.int32(limit, 'limit');
        writer.string(cursor, 'cursor');
      },
      (reader) => {
        const result: CodeAndValue<QueryPage> = { code: reader.int32('code') };
        reader.partial = result;
        if (result.code === 0) {
          const page: QueryPage = { nextCursor: '', hasMore: false, values: [] };
          result.value = page;
          page.nextCursor = reader.string('value.nextCursor');
          page.hasMore = reader.bool('value.hasMore');
          readRows(reader, 'value.values', page.values);
        }
        return result;
      },
      this.options
    );
  }

  /** {@inheritDoc DatabaseConnection.lock} */
  lock(): Promise<SystemReply<CodeAndValue<LockInfo>>> {
    return call(
      this.remote,
      { interfaceName: 'CloudDB', method: 'lock', code: CloudDbCode.Lock },
      (writer) => writer.int32(LOCK_REQUEST_SECONDS, 'expire'),
      readLockInfo,
      this.options
    );
  }

  /** {@inheritDoc DatabaseConnection.heartbeat} */
  heartbeat(lockId: number): Promise<SystemReply<CodeAndValue<LockInfo>>> {
    return call(
      this.remote,
      { interfaceName: 'CloudDB', method: 'heartbeat', code: CloudDbCode.Heartbeat },
      (writer) => writer.int32(lockId, 'lockId'),
      readLockInfo,
      this.options
    );
  }

  /** {@inheritDoc DatabaseConnection.unlock} */
  unlock(lockId: number): Promise<SystemReply<number>> {
    return call(
      this.remote,
      { interfaceName: 'CloudDB', method: 'unlock', code: CloudDbCode.Unlock },
      (writer) => writer.int32(lockId, 'lockId'),
      (reader) => reader.int32('code'),
      this.options
    );
  }

  private batch(
    method: string,
    code: number,
    table: string,
    values: readonly RequestRow[] | undefined,
    extensions: readonly RequestRow[]
  ): Promise<SystemReply<BatchResult[]>> {
    return call(
      this.remote,
      { interfaceName: 'CloudDB', method, code },
      (writer) => {
        writer.string(table, 'table');
        if (values !== undefined) {
          writeRows(writer, values, 'values');
        }
        writeRows(writer, extensions, 'extensions');
      },
      readBatchResults,
      this.options
    );
  }
}
