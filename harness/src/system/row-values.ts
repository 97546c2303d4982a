import type { CloudAsset } from 'ohos-cloud-extension-types';
import type { Int64, ReplyReader } from './reply-reader';
import { MalformedReplyError } from './reply-reader';
import type { RequestWriter } from './request-writer';
import { describe } from './request-writer';

/**
 * Row-value tags on the wire, `FieldType` (cloud_extension_stub.js:27-36), written and read as an
 * int32 before each value.
 */
export const ValueTag = {
  /** No value. */
  NULL: 0,
  /** int64. */
  NUMBER: 1,
  /** 8-byte double. */
  REAL: 2,
  /** String16. */
  TEXT: 3,
  /** int32 0/1. */
  BOOL: 4,
  /** int32 count, then one int32 per byte. */
  BLOB: 5,
  /** The nine asset fields. */
  ASSET: 6,
  /** int32 count, then the nine fields of each asset. */
  ASSETS: 7
} as const;

/**
 * An asset as the system reads it from a reply: the nine fields in wire order, `status` being the
 * raw int32 the stub wrote (cloud_extension_stub.js:469-482, 495-508, 660-669).
 */
export interface SystemAsset {
  /** Asset name. */
  name: string;
  /** Asset URI. */
  uri: string;
  /** Path on the device. */
  path: string;
  /** Creation time, as the vendor's string. */
  createTime: string;
  /** Modification time, as the vendor's string. */
  modifyTime: string;
  /** Size, as the vendor's string. */
  size: string;
  /** The raw int32 status (in a row value, a falsy status was sent as 1, ASSET_NORMAL). */
  status: number;
  /** The cloud's id for the asset. */
  assetId: string;
  /** The asset's hash. */
  hash: string;
}

/**
 * A row value as the system decodes it from a reply: `null` (NULL), an {@link Int64} (NUMBER),
 * a number (REAL), a string (TEXT), a boolean (BOOL), the bytes (BLOB), an asset (ASSET) or an
 * array of assets (ASSETS).
 */
export type SystemValue = null | Int64 | string | boolean | Uint8Array | SystemAsset | SystemAsset[];

/** A row (a value bucket) as the system decodes it: column name to value, in wire order. */
export type SystemRow = Record<string, SystemValue>;

/**
 * An asset the system sends: the nine fields; a missing `status` is sent as 0 (the native
 * `STATUS_UNKNOWN`).
 */
export type AssetInput = CloudAsset;

/**
 * A row value the system sends. The system's values are typed; from JS values the tag is chosen
 * as follows:
 *
 * - `null` or `undefined` → NULL;
 * - a `bigint`, or a number that is an integer in the int64 range (not `-0`) → NUMBER (int64);
 * - any other number (fractions, `-0`, `NaN`, `±Infinity`, integers beyond int64) → REAL (double);
 * - a string → TEXT; a boolean → BOOL; a `Uint8Array` → BLOB;
 * - an array → ASSETS; any other object → ASSET.
 */
export type RequestValue = null | undefined | number | bigint | string | boolean | Uint8Array | AssetInput | readonly AssetInput[];

/** A row the system sends: column name to value, written in `Object.keys` order. */
export type RequestRow = Readonly<Record<string, RequestValue>>;

/** 2^63 as a double: the first integer past the int64 range. */
const TWO_TO_63 = 2 ** 63;

/** Writes one asset's nine fields in the order the stub reads them (cloud_extension_stub.js:567-577, 639-649). */
export function writeAsset(writer: RequestWriter, asset: AssetInput, field: string): void {
  if (asset === null || typeof asset !== 'object') {
    throw new TypeError(`${field} must be an asset, got ${describe(asset)}`);
  }
  writer.string(asset.name, `${field}.name`);
  writer.string(asset.uri, `${field}.uri`);
  writer.string(asset.path, `${field}.path`);
  writer.string(asset.createTime, `${field}.createTime`);
  writer.string(asset.modifyTime, `${field}.modifyTime`);
  writer.string(asset.size, `${field}.size`);
  writer.int32(asset.status ?? 0, `${field}.status`);
  writer.string(asset.assetId, `${field}.assetId`);
  writer.string(asset.hash, `${field}.hash`);
}

/** Writes an int32 count and the assets (cloud_extension_stub.js:632-652). */
export function writeAssets(writer: RequestWriter, assets: readonly AssetInput[], field: string): void {
  writer.count(assets.length, `${field}.length`);
  for (let index = 0; index < assets.length; index++) {
    writeAsset(writer, assets[index] as AssetInput, `${field}[${index}]`);
  }
}

/** Writes a tag and a value, as the stub reads it (cloud_extension_stub.js:551-600). */
export function writeValue(writer: RequestWriter, value: RequestValue, field: string): void {
  if (value === null || value === undefined) {
    writer.int32(ValueTag.NULL, `${field}.tag`);
  } else if (typeof value === 'bigint') {
    writer.int32(ValueTag.NUMBER, `${field}.tag`);
    writer.int64(value, field);
  } else if (typeof value === 'number') {
    if (Number.isInteger(value) && !Object.is(value, -0) && value >= -TWO_TO_63 && value < TWO_TO_63) {
      writer.int32(ValueTag.NUMBER, `${field}.tag`);
      writer.int64(BigInt(value), field);
    } else {
      writer.int32(ValueTag.REAL, `${field}.tag`);
      writer.double(value, field);
    }
  } else if (typeof value === 'string') {
    writer.int32(ValueTag.TEXT, `${field}.tag`);
    writer.string(value, field);
  } else if (typeof value === 'boolean') {
    writer.int32(ValueTag.BOOL, `${field}.tag`);
    writer.bool(value, field);
  } else if (value instanceof Uint8Array) {
    writer.int32(ValueTag.BLOB, `${field}.tag`);
    writer.int32Vector(value, field);
  } else if (Array.isArray(value)) {
    writer.int32(ValueTag.ASSETS, `${field}.tag`);
    writeAssets(writer, value as readonly AssetInput[], field);
  } else if (typeof value === 'object') {
    writer.int32(ValueTag.ASSET, `${field}.tag`);
    writeAsset(writer, value as AssetInput, field);
  } else {
    throw new TypeError(`${field} cannot be sent as a row value: ${describe(value)}`);
  }
}

/** Writes a row: int32 entry count, then per entry the key and the value (cloud_extension_stub.js:537-549). */
export function writeRow(writer: RequestWriter, row: RequestRow, field: string): void {
  if (row === null || typeof row !== 'object') {
    throw new TypeError(`${field} must be a row object, got ${describe(row)}`);
  }
  const keys = Object.keys(row);
  writer.count(keys.length, `${field}.size`);
  for (const key of keys) {
    writer.string(key, `${field} key`);
    writeValue(writer, row[key], `${field}.${key}`);
  }
}

/** Writes rows: int32 count, then each row (cloud_extension_stub.js:525-535). */
export function writeRows(writer: RequestWriter, rows: readonly RequestRow[], field: string): void {
  writer.count(rows.length, `${field}.length`);
  for (let index = 0; index < rows.length; index++) {
    writeRow(writer, rows[index] as RequestRow, `${field}[${index}]`);
  }
}

/** Sets an own enumerable property, even for keys such as `__proto__`. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Reads one asset's nine fields in the order the stub writes them (cloud_extension_stub.js:469-482, 660-669). */
export function readAsset(reader: ReplyReader, field: string): SystemAsset {
  const asset: Partial<SystemAsset> = {};
  asset.name = reader.string(`${field}.name`);
  asset.uri = reader.string(`${field}.uri`);
  asset.path = reader.string(`${field}.path`);
  asset.createTime = reader.string(`${field}.createTime`);
  asset.modifyTime = reader.string(`${field}.modifyTime`);
  asset.size = reader.string(`${field}.size`);
  asset.status = reader.int32(`${field}.status`);
  asset.assetId = reader.string(`${field}.assetId`);
  asset.hash = reader.string(`${field}.hash`);
  return asset as SystemAsset;
}

/** Reads a tag and a value, as the stub writes it (cloud_extension_stub.js:436-513). */
export function readValue(reader: ReplyReader, field: string): SystemValue {
  const at = reader.offset;
  const tag = reader.int32(`${field}.tag`);
  switch (tag) {
    case ValueTag.NULL:
      return null;
    case ValueTag.NUMBER:
      return reader.int64(field);
    case ValueTag.REAL:
      return reader.double(field);
    case ValueTag.TEXT:
      return reader.string(field);
    case ValueTag.BOOL:
      return reader.bool(field);
    case ValueTag.BLOB:
      // cloud_extension_stub.js:485-491: one int32 per byte, values 0-255.
      return Uint8Array.from(reader.int32Vector(field));
    case ValueTag.ASSET:
      return readAsset(reader, field);
    case ValueTag.ASSETS: {
      const count = reader.count(`${field}.length`);
      const assets: SystemAsset[] = [];
      for (let index = 0; index < count; index++) {
        assets.push(readAsset(reader, `${field}[${index}]`));
      }
      return assets;
    }
    default:
      throw new MalformedReplyError(`${field}.tag`, at, `unknown value tag ${tag}`);
  }
}

/**
 * Reads a row: int32 entry count, then key and value per entry (cloud_extension_stub.js:436-440).
 * Entries are added to `row` as they are read, so a failure leaves the part that was read.
 */
export function readRow(reader: ReplyReader, field: string, row: SystemRow = {}): SystemRow {
  const count = reader.count(`${field}.size`);
  for (let index = 0; index < count; index++) {
    const key = reader.string(`${field} key ${index}`);
    setOwn(row, key, readValue(reader, `${field}.${key}`));
  }
  return row;
}

/** Reads rows: int32 count, then each row (cloud_extension_stub.js:515-523). */
export function readRows(reader: ReplyReader, field: string, rows: SystemRow[] = []): SystemRow[] {
  const count = reader.count(`${field}.length`);
  for (let index = 0; index < count; index++) {
    const row: SystemRow = {};
    rows.push(row);
    readRow(reader, `${field}[${index}]`, row);
  }
  return rows;
}
