import type { AssetInput, RequestRow, RequestValue } from '../system/row-values';
import { FieldType } from '../stubs/values';
import type { FieldShape, TableShape } from './sample-database';

/** The `operation` the system puts in an extension row: 0 insert, 1 update, 2 delete (datamgr_service cloud_db.rs:252-299). */
export const OPERATION = { INSERT: 0, UPDATE: 1, DELETE: 2 } as const;

/** A fixed point in time for generated timestamps, in ms (2026-01-01T00:00:00Z). */
const BASE_TIME_MS = 1_767_225_600_000;

/** An asset as the system sends it in a row or to the AssetLoader. */
export function sampleAsset(name: string, index: number): AssetInput {
  return {
    name,
    uri: `file://harness/${name}`,
    path: `/data/storage/el2/base/haps/entry/files/${name}`,
    createTime: String(BASE_TIME_MS + index),
    modifyTime: String(BASE_TIME_MS + index + 1000),
    size: String(1024 + index),
    status: 2,
    assetId: '',
    hash: ''
  };
}

/** The kind of values to generate: ordinary ones, or the edge values the system can also send. */
export type RowFlavour = 'plain' | 'edge';

/** A value of the given field type for row `index`. */
export function sampleValue(field: FieldShape, index: number, flavour: RowFlavour): RequestValue {
  if (field.nullable && !field.primary && (flavour === 'edge' ? index % 2 === 1 : index % 5 === 4)) {
    return null;
  }
  switch (field.type) {
    case FieldType.NUMBER:
      return flavour === 'edge' ? ([0, -1, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER][index % 5] ?? 0) : 100 + index;
    case FieldType.REAL:
      return flavour === 'edge' ? ([0.5, -1.25, 1e-3, 123456.789][index % 4] ?? 0.5) : index + 0.5;
    case FieldType.TEXT:
      return flavour === 'edge' ? (['héllo wörld', '世界 🌍 ẞ', '', 'line\nbreak "quoted"'][index % 4] ?? '') : `${field.colName} ${index}`;
    case FieldType.BOOL:
      return index % 2 === 0;
    case FieldType.BLOB:
      return flavour === 'edge' ? Uint8Array.from([0, 1, 127, 128, 255]) : Uint8Array.from([index & 0xff, 7, 42]);
    case FieldType.ASSET:
      return sampleAsset(`${field.colName}-${index}.jpg`, index);
    case FieldType.ASSETS:
      return [sampleAsset(`${field.colName}-${index}-a.png`, index), sampleAsset(`${field.colName}-${index}-b.png`, index + 1)];
    default:
      return null;
  }
}

/** `count` rows for `table`, keyed by column name, starting at row number `first`. */
export function sampleRows(table: TableShape, count: number, first: number, flavour: RowFlavour): RequestRow[] {
  const rows: RequestRow[] = [];
  for (let index = first; index < first + count; index++) {
    const row: Record<string, RequestValue> = {};
    for (const field of table.fields) {
      row[field.colName] = sampleValue(field, index, flavour);
    }
    rows.push(row);
  }
  return rows;
}

/** The extension rows that travel beside the rows: gid, operation and the two timestamps. */
export function extensionRows(ids: readonly string[], operation: number, first: number): RequestRow[] {
  return ids.map((id, index) => ({
    id,
    operation,
    createTime: BASE_TIME_MS + (first + index) * 1000,
    modifyTime: BASE_TIME_MS + (first + index) * 1000 + operation
  }));
}
