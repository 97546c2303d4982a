import type { CloudAsset } from 'ohos-cloud-extension-types';
import type { Int64, ReplyReader } from './reply-reader';
import { MalformedReplyError, prefixed } from './reply-reader';
import type { RequestWriter } from './request-writer';
import { describe, prefixedError } from './request-writer';

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

/** The nine asset fields, written with names relative to the asset. */
function writeAssetFields(writer: RequestWriter, asset: AssetInput): void {
  if (asset === null || typeof asset !== 'object') {
    throw new TypeError(` must be an asset, got ${describe(asset)}`);
  }
  writer.string(asset.name, '.name');
  writer.string(asset.uri, '.uri');
  writer.string(asset.path, '.path');
  writer.string(asset.createTime, '.createTime');
  writer.string(asset.modifyTime, '.modifyTime');
  writer.string(asset.size, '.size');
  writer.int32(asset.status ?? 0, '.status');
  writer.string(asset.assetId, '.assetId');
  writer.string(asset.hash, '.hash');
}

/** Writes one asset's nine fields in the order the stub reads them (cloud_extension_stub.js:567-577, 639-649). */
export function writeAsset(writer: RequestWriter, asset: AssetInput, field: string): void {
  try {
    writeAssetFields(writer, asset);
  } catch (error) {
    throw prefixedError(error, field);
  }
}

/** An int32 count and the assets, written with names relative to the list. */
function writeAssetList(writer: RequestWriter, assets: readonly AssetInput[]): void {
  writer.count(assets.length, '.length');
  for (let index = 0; index < assets.length; index++) {
    try {
      writeAssetFields(writer, assets[index]);
    } catch (error) {
      throw prefixedError(error, `[${index}]`);
    }
  }
}

/** Writes an int32 count and the assets (cloud_extension_stub.js:632-652). */
export function writeAssets(writer: RequestWriter, assets: readonly AssetInput[], field: string): void {
  try {
    writeAssetList(writer, assets);
  } catch (error) {
    throw prefixedError(error, field);
  }
}

/** A tag and a value, written with names relative to the value. */
function writeValueFields(writer: RequestWriter, value: RequestValue): void {
  if (value === null || value === undefined) {
    writer.int32(ValueTag.NULL, '.tag');
  } else if (typeof value === 'bigint') {
    writer.int32(ValueTag.NUMBER, '.tag');
    writer.int64(value, '');
  } else if (typeof value === 'number') {
    if (Number.isInteger(value) && !Object.is(value, -0) && value >= -TWO_TO_63 && value < TWO_TO_63) {
      writer.int32(ValueTag.NUMBER, '.tag');
      writer.int64(BigInt(value), '');
    } else {
      writer.int32(ValueTag.REAL, '.tag');
      writer.double(value, '');
    }
  } else if (typeof value === 'string') {
    writer.int32(ValueTag.TEXT, '.tag');
    writer.string(value, '');
  } else if (typeof value === 'boolean') {
    writer.int32(ValueTag.BOOL, '.tag');
    writer.bool(value, '');
  } else if (value instanceof Uint8Array) {
    writer.int32(ValueTag.BLOB, '.tag');
    writer.int32Vector(value, '');
  } else if (Array.isArray(value)) {
    writer.int32(ValueTag.ASSETS, '.tag');
    writeAssetList(writer, value as readonly AssetInput[]);
  } else if (typeof value === 'object') {
    writer.int32(ValueTag.ASSET, '.tag');
    writeAssetFields(writer, value as AssetInput);
  } else {
    throw new TypeError(` cannot be sent as a row value: ${describe(value)}`);
  }
}

/** Writes a tag and a value, as the stub reads it (cloud_extension_stub.js:551-600). */
export function writeValue(writer: RequestWriter, value: RequestValue, field: string): void {
  try {
    writeValueFields(writer, value);
  } catch (error) {
    throw prefixedError(error, field);
  }
}

/** A row's entries, written with names relative to the row. */
function writeRowFields(writer: RequestWriter, row: RequestRow): void {
  if (row === null || typeof row !== 'object') {
    throw new TypeError(` must be a row object, got ${describe(row)}`);
  }
  const keys = Object.keys(row);
  writer.count(keys.length, '.size');
  for (const key of keys) {
    try {
      writer.string(key, ' key');
      writeValueFields(writer, row[key]);
    } catch (error) {
      throw prefixedError(error, `.${key}`);
    }
  }
}

/** Writes a row: int32 entry count, then per entry the key and the value (cloud_extension_stub.js:537-549). */
export function writeRow(writer: RequestWriter, row: RequestRow, field: string): void {
  try {
    writeRowFields(writer, row);
  } catch (error) {
    throw prefixedError(error, field);
  }
}

/** Writes rows: int32 count, then each row (cloud_extension_stub.js:525-535). */
export function writeRows(writer: RequestWriter, rows: readonly RequestRow[], field: string): void {
  writer.count(rows.length, `${field}.length`);
  for (let index = 0; index < rows.length; index++) {
    try {
      writeRowFields(writer, rows[index]);
    } catch (error) {
      throw prefixedError(error, `${field}[${index}]`);
    }
  }
}

/**
 * Sets an own enumerable property, even for the key `__proto__` (which plain assignment would
 * take as the prototype).
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** The nine asset fields, read with names relative to the asset. */
function readAssetFields(reader: ReplyReader): SystemAsset {
  const asset: Partial<SystemAsset> = {};
  asset.name = reader.string('.name');
  asset.uri = reader.string('.uri');
  asset.path = reader.string('.path');
  asset.createTime = reader.string('.createTime');
  asset.modifyTime = reader.string('.modifyTime');
  asset.size = reader.string('.size');
  asset.status = reader.int32('.status');
  asset.assetId = reader.string('.assetId');
  asset.hash = reader.string('.hash');
  return asset as SystemAsset;
}

/** Reads one asset's nine fields in the order the stub writes them (cloud_extension_stub.js:469-482, 660-669). */
export function readAsset(reader: ReplyReader, field: string): SystemAsset {
  try {
    return readAssetFields(reader);
  } catch (error) {
    throw prefixed(error, field);
  }
}

/** A tag and a value, read with names relative to the value. */
function readValueFields(reader: ReplyReader): SystemValue {
  const at = reader.offset;
  const tag = reader.int32('.tag');
  switch (tag) {
    case ValueTag.NULL:
      return null;
    case ValueTag.NUMBER:
      return reader.int64('');
    case ValueTag.REAL:
      return reader.double('');
    case ValueTag.TEXT:
      return reader.string('');
    case ValueTag.BOOL:
      return reader.bool('');
    case ValueTag.BLOB:
      // cloud_extension_stub.js:485-491: one int32 per byte, values 0-255.
      return Uint8Array.from(reader.int32Vector(''));
    case ValueTag.ASSET:
      return readAssetFields(reader);
    case ValueTag.ASSETS: {
      const count = reader.count('.length');
      const assets: SystemAsset[] = [];
      for (let index = 0; index < count; index++) {
        try {
          assets.push(readAssetFields(reader));
        } catch (error) {
          throw prefixed(error, `[${index}]`);
        }
      }
      return assets;
    }
    default:
      throw new MalformedReplyError('.tag', at, `unknown value tag ${tag}`);
  }
}

/** Reads a tag and a value, as the stub writes it (cloud_extension_stub.js:436-513). */
export function readValue(reader: ReplyReader, field: string): SystemValue {
  try {
    return readValueFields(reader);
  } catch (error) {
    throw prefixed(error, field);
  }
}

/** A row's entries, read into `row` with names relative to the row. */
function readRowFields(reader: ReplyReader, row: SystemRow): void {
  const count = reader.count('.size');
  for (let index = 0; index < count; index++) {
    let key: string | undefined;
    try {
      key = reader.string('');
      setOwn(row, key, readValueFields(reader));
    } catch (error) {
      throw prefixed(error, key === undefined ? ` key ${index}` : `.${key}`);
    }
  }
}

/**
 * Reads a row: int32 entry count, then key and value per entry (cloud_extension_stub.js:436-440).
 * Entries are added to `row` as they are read, so a failure leaves the part that was read.
 */
export function readRow(reader: ReplyReader, field: string, row: SystemRow = {}): SystemRow {
  try {
    readRowFields(reader, row);
  } catch (error) {
    throw prefixed(error, field);
  }
  return row;
}

/** Reads rows: int32 count, then each row (cloud_extension_stub.js:515-523). */
export function readRows(reader: ReplyReader, field: string, rows: SystemRow[] = []): SystemRow[] {
  const count = reader.count(`${field}.length`);
  for (let index = 0; index < count; index++) {
    const row: SystemRow = {};
    rows.push(row);
    try {
      readRowFields(reader, row);
    } catch (error) {
      throw prefixed(error, `${field}[${index}]`);
    }
  }
  return rows;
}
