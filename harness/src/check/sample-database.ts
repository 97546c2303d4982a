import { FieldType } from '../stubs/values';

/** A column of a table, as the system describes it in a schema or a `Database`. */
export interface FieldShape {
  /** The column's name in the cloud. */
  readonly alias: string;
  /** The column's name on the device. */
  readonly colName: string;
  /** A `FieldType` value: NULL 0, NUMBER 1, REAL 2, TEXT 3, BOOL 4, BLOB 5, ASSET 6, ASSETS 7. */
  readonly type: number;
  /** Whether the column is (part of) the primary key. */
  readonly primary: boolean;
  /** Whether the column may hold null. */
  readonly nullable: boolean;
}

/** A table, as the system describes it. */
export interface TableShape {
  /** The table's name in the cloud; AssetLoader calls carry it. */
  readonly alias: string;
  /** The table's name on the device; CloudDB calls carry it. */
  readonly name: string;
  /** Its columns. */
  readonly fields: readonly FieldShape[];
}

/** A database, as the system describes it. */
export interface DatabaseShape {
  /** The database's name on the device. */
  readonly name: string;
  /** The database's name in the cloud. */
  readonly alias: string;
  /** Its tables. */
  readonly tables: readonly TableShape[];
}

/**
 * The harness's own database, used to exercise CloudDB and AssetLoader when the extension's
 * schema names no database: one table with a column of every field type.
 */
export const SAMPLE_DATABASE: DatabaseShape = {
  name: 'harness_sample.db',
  alias: 'harness_sample',
  tables: [
    {
      alias: 'harness_items_cloud',
      name: 'harness_items',
      fields: [
        { alias: 'title_cloud', colName: 'title', type: FieldType.TEXT, primary: true, nullable: false },
        { alias: 'count_cloud', colName: 'count', type: FieldType.NUMBER, primary: false, nullable: true },
        { alias: 'price_cloud', colName: 'price', type: FieldType.REAL, primary: false, nullable: true },
        { alias: 'done_cloud', colName: 'done', type: FieldType.BOOL, primary: false, nullable: true },
        { alias: 'data_cloud', colName: 'data', type: FieldType.BLOB, primary: false, nullable: true },
        { alias: 'cover_cloud', colName: 'cover', type: FieldType.ASSET, primary: false, nullable: true },
        { alias: 'files_cloud', colName: 'files', type: FieldType.ASSETS, primary: false, nullable: true }
      ]
    }
  ]
};
