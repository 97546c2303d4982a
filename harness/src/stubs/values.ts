/**
 * Row values on the wire, as the device's CloudDB stub reads and writes them: the `FieldType` tags,
 * value buckets, assets, and the count guards every reading loop shares.
 *
 * Decoding (`read…`) turns a request into the JavaScript values the vendor receives; encoding
 * (`write…`) turns the vendor's values into reply bytes. Both follow `cloud_extension_stub.js`
 * step by step, using only the public `MessageSequence` API.
 *
 * @packageDocumentation
 */

import rpc = require('../modules/ohos.rpc');
import relationalStore = require('../modules/ohos.data.relationalStore');

/** The device's `rpc.MessageSequence`: the request a stub reads and the reply it writes. */
export type Sequence = rpc.MessageSequence;

/**
 * A value the vendor produced: `unknown` until the stub reads it. The device's stub reads it with
 * plain JavaScript property access and no validation, and so does the harness: whatever the device
 * would throw on, throws here.
 *
 * Where the device checks a value (`== null`, `typeof`, `instanceof`, a comparison with a code), the
 * stub narrows it by the same check. Where the device reads on without a check, the stub asserts
 * the shape it reads (the `…Fields` types: each property is `unknown` in turn), so the emitted code
 * is the same plain property access: a `null`, a missing property or a missing method fails in the
 * engine exactly as before, and each value read ends up in a {@link Reply} write, which checks it.
 */
export type VendorValue = unknown;

/**
 * The reply as the stubs write into it: a `MessageSequence` seen through its run-time contract. The
 * device's stub hands the vendor's values to the writers unchecked, and the writers check them
 * (BusinessError 401 for a wrong type, ToInt32 and ToInt64 for numbers, W:168-204), so here each
 * write takes `unknown` and the check stays the `MessageSequence`'s.
 */
export interface Reply {
  /** `MessageSequence.writeInt`: 401 unless a number; ToInt32. */
  writeInt(value: unknown): void;
  /** `MessageSequence.writeLong`: 401 unless a number; truncated and saturated to int64. */
  writeLong(value: unknown): void;
  /** `MessageSequence.writeFloat`: 401 unless a number; a 64-bit double. */
  writeFloat(value: unknown): void;
  /** `MessageSequence.writeBoolean`: 401 unless a boolean. */
  writeBoolean(value: unknown): void;
  /** `MessageSequence.writeString`: 401 unless a string under 40 960 units. */
  writeString(value: unknown): void;
  /** `MessageSequence.writeIntArray`: 401 unless an `Array` of numbers. */
  writeIntArray(value: unknown): void;
  /** `MessageSequence.writeRemoteObject`: 401 unless an object, 1900008 unless a `RemoteObject`. */
  writeRemoteObject(value: unknown): void;
}

/**
 * An array (or array-like) as the device's stub walks it: `length` read and compared, items read
 * by index or through `forEach`, none of it checked first. The items are `T`, which is what the
 * stub reads of each.
 */
export interface VendorList<T> {
  /** Read on every comparison, as the device's loop condition does. */
  readonly length: number;
  /** An item. */
  readonly [index: number]: T;
  /** Calls `callback` for each item present (holes skipped). */
  forEach(callback: (item: T) => void): void;
}

/** A vendor's `{ code, value }` result: the stub reads `code`, then `value` when the code says success. */
export interface VendorResult<T> {
  /** The result code; the `Reply` write checks it. */
  readonly code: unknown;
  /** Read only after the code, and not checked first. */
  readonly value: T;
}

/** An asset as the stubs write it: nine fields read in order, each checked by its write. */
export interface AssetFields {
  /** Written as a string. */
  readonly name: unknown;
  /** Written as a string. */
  readonly uri: unknown;
  /** Written as a string. */
  readonly path: unknown;
  /** Written as a string. */
  readonly createTime: unknown;
  /** Written as a string. */
  readonly modifyTime: unknown;
  /** Written as a string. */
  readonly size: unknown;
  /** Written as an int32 (in a bucket, a falsy status is replaced first). */
  readonly status: unknown;
  /** Written as a string. */
  readonly assetId: unknown;
  /** Written as a string. */
  readonly hash: unknown;
}

/** An asset as a stub reads it from a request and hands it to the vendor. */
export interface Asset {
  /** The asset's name. */
  name: string;
  /** Its URI. */
  uri: string;
  /** Its path. */
  path: string;
  /** Its creation time, as the system sent it. */
  createTime: string;
  /** Its modification time, as the system sent it. */
  modifyTime: string;
  /** Its size, as the system sent it (a string). */
  size: string;
  /** Its status as read, raw. */
  status: number;
  /** Its id in the cloud. */
  assetId: string;
  /** Its hash. */
  hash: string;
}

/** A row value as a stub reads it from a request and hands it to the vendor. */
export type RowValue = null | number | string | boolean | Uint8Array | Asset | Asset[];

/**
 * The type tag written before each row value (`cloudExtension.FieldType` at run time). A regular
 * enum, so the object also carries the reverse entries, as the device's does
 * (cloud_extension_stub.js:26-36).
 */
export enum FieldType {
  /** `null` (or `undefined`, which is sent as null); no payload. */
  NULL = 0,
  /** A number without a `.` in its decimal form; payload i64. */
  NUMBER = 1,
  /** A number with a `.` in its decimal form; payload a 64-bit double. */
  REAL = 2,
  /** A string; payload a String16. */
  TEXT = 3,
  /** A boolean; payload an int32 0 or 1. */
  BOOL = 4,
  /** A `Uint8Array`; payload an int32 count and one int32 per byte. */
  BLOB = 5,
  /** One asset; payload its nine fields. */
  ASSET = 6,
  /** An array of assets; payload an int32 count and nine fields per asset. */
  ASSETS = 7
}

/**
 * The upper bound in every count guard (cloud_extension_stub.js:22). It exceeds every int32, so for a
 * count read with `readInt` only the `< 0` half of the guard can ever hold.
 */
export const MAX_SIZE = 4 * 1024 * 1024 * 1024 - 1;

/**
 * The largest count a reading loop accepts. The device has no such bound: a huge count makes it
 * read defaults past the end of the request until memory runs out. The harness stops instead, with
 * a `RangeError` that rejects the handler. No request the system sends comes near it (a binder
 * transaction carries at most about 1 MiB).
 */
export const REQUEST_COUNT_LIMIT = 1 << 20;

/**
 * The device's count guard: `count < 0 || count > MAX_SIZE` (e.g. cloud_extension_stub.js:528).
 * When it holds the stub returns an empty structure and reads nothing more of it.
 *
 * @param count - A count read from the request.
 * @returns Whether the stub gives up on the structure.
 */
export function isRejectedCount(count: number): boolean {
  return count < 0 || count > MAX_SIZE;
}

/**
 * A count a reading loop may run to: `count` itself, or a `RangeError` beyond
 * {@link REQUEST_COUNT_LIMIT} (a harness bound, not a device rule).
 *
 * @param count - A count that passed {@link isRejectedCount}.
 * @returns The same count.
 */
export function loopCount(count: number): number {
  if (count > REQUEST_COUNT_LIMIT) {
    throw new RangeError(`The request announces ${count} items; the harness reads at most ${REQUEST_COUNT_LIMIT} per structure.`);
  }
  return count;
}

/**
 * Reads one asset: str name, uri, path, createTime, modifyTime, size, i32 status (raw), str assetId,
 * hash (cloud_extension_stub.js:567-577; the same order in 585-595 and 639-649).
 *
 * @param data - The request.
 * @returns A plain object with the nine fields in that order.
 */
export function readAsset(data: Sequence): Asset {
  // Property order is evaluation order, as in the device's object literal.
  return {
    name: data.readString(),
    uri: data.readString(),
    path: data.readString(),
    createTime: data.readString(),
    modifyTime: data.readString(),
    size: data.readString(),
    status: data.readInt(),
    assetId: data.readString(),
    hash: data.readString()
  };
}

/**
 * Reads an i32 count and that many assets; a negative count gives `[]`
 * (cloud_extension_stub.js:579-597, and the AssetLoader's 633-651).
 *
 * @param data - The request.
 * @returns The assets.
 */
export function readAssets(data: Sequence): Asset[] {
  const count = data.readInt();
  const assets: Asset[] = [];
  if (isRejectedCount(count)) {
    return assets;
  }
  for (let index = 0; index < loopCount(count); index++) {
    assets.push(readAsset(data));
  }
  return assets;
}

/**
 * Reads one row value: an i32 tag, then its payload (cloud_extension_stub.js:551-600).
 *
 * NUMBER arrives through `readLong` (a JavaScript number, exact up to 2^53), REAL through
 * `readFloat` (a double), BLOB as `Uint8Array.from(readIntArray())`, so each int32 is reduced modulo
 * 256 (565). An unknown tag gives `null` and leaves its payload unread (599).
 *
 * @param data - The request.
 * @returns The value as the vendor receives it.
 */
export function readValue(data: Sequence): RowValue {
  const tag = data.readInt();
  switch (tag) {
    case FieldType.NULL:
      return null;
    case FieldType.NUMBER:
      return data.readLong();
    case FieldType.REAL:
      return data.readFloat();
    case FieldType.TEXT:
      return data.readString();
    case FieldType.BOOL:
      return data.readBoolean();
    case FieldType.BLOB:
      return Uint8Array.from(data.readIntArray());
    case FieldType.ASSET:
      return readAsset(data);
    case FieldType.ASSETS:
      return readAssets(data);
    default:
      // cloud_extension_stub.js:599: any other tag is null, its payload stays in the request.
      return null;
  }
}

/**
 * Reads one bucket: i32 entry count (negative → `{}`), then per entry str key and a value
 * (cloud_extension_stub.js:537-549). Keys are assigned to a plain object, so a later duplicate
 * key wins.
 *
 * @param data - The request.
 * @returns The bucket.
 */
export function readValuesBucket(data: Sequence): Record<string, RowValue> {
  const bucket: Record<string, RowValue> = {};
  const count = data.readInt();
  if (isRejectedCount(count)) {
    return bucket;
  }
  for (let index = 0; index < loopCount(count); index++) {
    const key = data.readString();
    const value = readValue(data);
    bucket[key] = value;
  }
  return bucket;
}

/**
 * Reads an i32 count (negative → `[]`) and that many buckets (cloud_extension_stub.js:525-535).
 *
 * @param data - The request.
 * @returns The buckets.
 */
export function readValuesBuckets(data: Sequence): Record<string, RowValue>[] {
  const count = data.readInt();
  const buckets: Record<string, RowValue>[] = [];
  if (isRejectedCount(count)) {
    return buckets;
  }
  for (let index = 0; index < loopCount(count); index++) {
    buckets.push(readValuesBucket(data));
  }
  return buckets;
}

/**
 * Writes one asset inside a bucket: the nine fields, with a falsy `status` (0, undefined…) replaced by
 * `relationalStore.AssetStatus.ASSET_NORMAL`, which is 1 at run time
 * (cloud_extension_stub.js:469-482, 495-508).
 *
 * @param reply - The reply.
 * @param asset - The vendor's asset.
 */
export function writeBucketAsset(reply: Reply, asset: AssetFields): void {
  reply.writeString(asset.name);
  reply.writeString(asset.uri);
  reply.writeString(asset.path);
  reply.writeString(asset.createTime);
  reply.writeString(asset.modifyTime);
  reply.writeString(asset.size);
  if (asset.status) {
    reply.writeInt(asset.status);
  } else {
    // Read at write time, as the device does (cloud_extension_stub.js:479, 505).
    reply.writeInt(relationalStore.AssetStatus.ASSET_NORMAL);
  }
  reply.writeString(asset.assetId);
  reply.writeString(asset.hash);
}

/**
 * Writes one row value after its key: the tag chosen by the value's JavaScript type, then the
 * payload (cloud_extension_stub.js:441-510).
 *
 * - `undefined`/`null` → NULL (442-443).
 * - a number whose `String(n)` contains `.` → REAL via `writeFloat`; any other number (integers,
 *   `1e21`, `1e-7`, `NaN`, `Infinity`) → NUMBER via `writeLong` (446-454).
 * - string → TEXT, boolean → BOOL (456-462).
 * - `instanceof Array` → ASSETS: i32 length, then `forEach` writes each asset, skipping holes
 *   (465-483).
 * - `instanceof Uint8Array` → BLOB: the bytes copied into a plain array for `writeIntArray`
 *   (485-491).
 * - anything else (bigint, Date, ArrayBuffer, plain object…) → ASSET with its fields read off the
 *   value (493-508).
 *
 * @param reply - The reply.
 * @param value - The vendor's value.
 */
export function writeValue(reply: Reply, value: VendorValue): void {
  if (value === undefined || value === null) {
    reply.writeInt(FieldType.NULL);
  } else if (typeof value === 'number') {
    if (Number(value).toString().indexOf('.') !== -1) {
      reply.writeInt(FieldType.REAL);
      reply.writeFloat(value);
    } else {
      reply.writeInt(FieldType.NUMBER);
      reply.writeLong(value);
    }
  } else if (typeof value === 'string') {
    reply.writeInt(FieldType.TEXT);
    reply.writeString(value);
  } else if (typeof value === 'boolean') {
    reply.writeInt(FieldType.BOOL);
    reply.writeBoolean(value);
  } else if (value instanceof Array) {
    reply.writeInt(FieldType.ASSETS);
    reply.writeInt(value.length);
    (value as VendorList<AssetFields>).forEach((asset) => {
      writeBucketAsset(reply, asset);
    });
  } else if (value instanceof Uint8Array) {
    reply.writeInt(FieldType.BLOB);
    const bytes: number[] = [];
    for (let index = 0; index < value.length; index++) {
      bytes.push(value[index]);
    }
    reply.writeIntArray(bytes);
  } else {
    reply.writeInt(FieldType.ASSET);
    writeBucketAsset(reply, value as AssetFields);
  }
}

/**
 * Writes one bucket: i32 `Object.keys` count, then per key str key and the value
 * (cloud_extension_stub.js:436-513).
 *
 * @param reply - The reply.
 * @param bucket - The vendor's bucket.
 */
export function writeValueBucket(reply: Reply, bucket: Readonly<Record<string, unknown>>): void {
  const keys = Object.keys(bucket);
  reply.writeInt(keys.length);
  keys.forEach((key) => {
    reply.writeString(key);
    writeValue(reply, bucket[key]);
  });
}

/**
 * Writes buckets: nothing at all if `length > MAX_SIZE` (only possible for an array-like object),
 * else i32 length and each bucket, indexed from 0 to length (cloud_extension_stub.js:515-523).
 *
 * @param reply - The reply.
 * @param buckets - The vendor's buckets.
 */
export function writeValuesBuckets(reply: Reply, buckets: VendorList<Readonly<Record<string, unknown>>>): void {
  if (buckets.length > MAX_SIZE) {
    return;
  }
  reply.writeInt(buckets.length);
  for (let index = 0; index < buckets.length; index++) {
    writeValueBucket(reply, buckets[index]);
  }
}
