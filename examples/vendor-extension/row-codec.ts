import cloudExtension from '@ohos.data.cloudExtension';
import util from '@ohos.util';

/** A row: column names to values. */
export type Row = Record<string, cloudExtension.CloudType>;

/** Bytes as JSON has them: `{ "$bytes": "<base64>" }`. */
export interface EncodedBytes {
  /** The bytes, in Base64. */
  $bytes: string;
}

/** A row as it crosses JSON: bytes encoded, every other value as it is. */
export type JsonRow = Record<string, cloudExtension.CloudType | EncodedBytes>;

const base64 = new util.Base64Helper();

/** `row` with each `Uint8Array` (a BLOB column) replaced by its {@link EncodedBytes}. */
export function toJson(row: Row): JsonRow {
  const json: JsonRow = {};
  for (const column of Object.keys(row)) {
    const value = row[column];
    if (value instanceof Uint8Array) {
      const bytes: EncodedBytes = { $bytes: base64.encodeToStringSync(value) };
      json[column] = bytes;
    } else if (value !== undefined) {
      json[column] = value;
    }
  }
  return json;
}

/** `json` with each {@link EncodedBytes} turned back into a `Uint8Array`. */
export function fromJson(json: JsonRow): Row {
  const row: Row = {};
  for (const column of Object.keys(json)) {
    const value = json[column];
    if (isEncodedBytes(value)) {
      row[column] = base64.decodeSync((value as EncodedBytes).$bytes);
    } else if (value !== undefined) {
      row[column] = value as cloudExtension.CloudType;
    }
  }
  return row;
}

function isEncodedBytes(value: cloudExtension.CloudType | EncodedBytes | undefined): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) &&
    typeof (value as EncodedBytes).$bytes === 'string';
}
