import type { CloudAsset, CloudAssets } from './cloud-asset';

/**
 * Every kind of value a cloud column (or an {@link ExtensionValue} field) can hold: SQL `NULL`,
 * a number, text, a boolean, a binary blob, one asset or a list of assets.
 *
 * @remarks
 * Rows travel between the device and the extension as `Record<string, CloudType>`, keyed by
 * column name. Which member a column holds is given by the `type` of its {@link Field}.
 *
 * On the device the stub picks the wire type from the JavaScript value, not from the schema.
 * A number whose decimal form contains a `.` (such as `2.5`) is sent as a double
 * ({@link FieldType.REAL}); every other number is sent as a 64-bit integer
 * ({@link FieldType.NUMBER}), so `2.0` arrives as the integer `2`, `1e-7` as `0`, `NaN` and
 * `Infinity` as `0`, and values beyond the 64-bit range are clamped. A `Uint8Array` is a blob,
 * an array a list of assets, and any other object is read as a {@link CloudAsset}: a `Date`,
 * a `bigint`, an `ArrayBuffer` or another typed array cannot be sent at all.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export type CloudType = null | number | string | boolean | Uint8Array | CloudAsset | CloudAssets;
