/**
 * Rows as the fleet's devices send and read them: the table's shape, the canonical form used to
 * compare rows across devices, and a downloaded row decoded as the engine reads it.
 *
 * @packageDocumentation
 */
import type { FieldShape, TableShape } from '../check/sample-database';
import type { RequestRow, RequestValue, SystemRow } from '../system/row-values';
import type { CloudRow, RowData } from './local-table';

/** A table as the fleet syncs it: its name on the device, its key column and its other columns. */
export interface FleetTable {
  /** The table's name on the device (CloudDB calls carry it). */
  readonly name: string;
  /** The primary key's column name. */
  readonly key: string;
  /** Every column, the key included. */
  readonly fields: readonly FieldShape[];
}

/** The fleet's view of a table shape: the first primary column is the key (or the first column). */
export function fleetTable(table: TableShape): FleetTable {
  const key = table.fields.find((field) => field.primary) ?? table.fields[0];
  return { name: table.name, key: key?.colName ?? 'id', fields: table.fields };
}

/** A value in a stable text form: numbers by value (int64 or double alike), bytes in hex, assets by name and hash. */
export function canonicalValue(value: unknown): string {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (typeof value === 'bigint' || typeof value === 'number') {
    return `n:${String(value)}`;
  }
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }
  if (value instanceof Uint8Array) {
    return `0x${Buffer.from(value).toString('hex')}`;
  }
  if (Array.isArray(value)) {
    return `[${value.map(canonicalValue).join(',')}]`;
  }
  if (typeof value === 'object') {
    const asset = value as { name?: unknown; hash?: unknown };
    return `asset(${String(asset.name)}#${String(asset.hash)})`;
  }
  return `<${typeof value}>`;
}

/** A row's data (its key included) in a stable text form, columns sorted by name. */
export function canonicalData(data: RowData): string {
  return Object.keys(data)
    .sort()
    .map((column) => `${column}=${canonicalValue(data[column])}`)
    .join(' ');
}

/** The row a device sends: its columns, the key among them. */
export function requestRow(data: RowData): RequestRow {
  return { ...(data as Record<string, RequestValue>) };
}

/** An integer from an int64 or number on the wire, or `undefined`. */
function integerOf(value: unknown): number | undefined {
  if (typeof value === 'bigint') {
    return Number(value);
  }
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/**
 * A downloaded row as the engine reads it, or the reason the engine would fail the page: `id`
 * must be a string, `createTime` and `modifyTime` integers (ms), `operation` 0, 1 or 2, and a live
 * row must carry its key (kv_store cloud_syncer.cpp, the mandatory-field check of a page; the
 * bridge's row mapping in datamgr_service cloud_cursor_impl.cpp).
 */
export function decodeCloudRow(table: FleetTable, row: SystemRow): CloudRow | string {
  const gid = row['id'];
  const operation = integerOf(row['operation']);
  const createTime = integerOf(row['createTime']);
  const modifyTime = integerOf(row['modifyTime']);
  if (typeof gid !== 'string' || gid === '') {
    return 'a row without a string id';
  }
  if (operation === undefined || operation < 0 || operation > 2) {
    return `row ${gid}: operation is not 0, 1 or 2`;
  }
  if (createTime === undefined || modifyTime === undefined) {
    return `row ${gid}: createTime or modifyTime is not an integer`;
  }
  const deleted = operation === 2;
  const keyValue = row[table.key];
  const pk = keyValue === undefined || keyValue === null ? undefined : keyText(keyValue);
  if (!deleted && pk === undefined) {
    return `row ${gid}: a live row without its key ${table.key}`;
  }
  const data: Record<string, unknown> = {};
  if (!deleted) {
    for (const field of table.fields) {
      if (field.colName in row) {
        data[field.colName] = row[field.colName];
      }
    }
  }
  return { gid, pk, deleted, createTime, modifyTime, data };
}

/** A key value as the text the device keys its rows by. */
export function keyText(value: unknown): string {
  return typeof value === 'string' ? value : canonicalValue(value);
}
