/**
 * The storage type of a table column in the schema, telling which {@link CloudType} member the
 * column's values hold. Compare against the member names, never against the raw numbers.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export enum FieldType {
  /**
   * A column of this type holds only JavaScript `null`: no value. The stub also sends `undefined`
   * as `NULL`, and the value arrives on the other side as `null`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  NULL = 0,

  /**
   * A column of this type holds JavaScript numbers with no fractional part (whole numbers such as
   * `42` or `-7`), sent as 64-bit integers. The stub chooses this type for every number whose
   * `String(n)` has no `.`: so `2.0` is sent as `2`, and `1e-7`, `NaN` and `Infinity` as `0`.
   * A received value is a JavaScript number, exact only up to `Number.MAX_SAFE_INTEGER`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  NUMBER = 1,

  /**
   * A column of this type holds JavaScript numbers with a fractional part (a number whose
   * `String(n)` contains a `.`, such as `2.5`), sent as 64-bit doubles. A number that looks whole
   * in JavaScript, such as `2.0`, is sent as a {@link FieldType.NUMBER} instead.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  REAL = 2,

  /**
   * A column of this type holds JavaScript strings, the empty string included.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  TEXT = 3,

  /**
   * A column of this type holds the JavaScript booleans `true` and `false` (not `0` or `1`,
   * which are numbers).
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  BOOL = 4,

  /**
   * A column of this type holds raw bytes as a JavaScript `Uint8Array` (a subclass counts too);
   * an `ArrayBuffer` or another typed array is not sent as bytes.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  BLOB = 5,

  /**
   * A column of this type holds one {@link CloudAsset} object: a plain object with the asset's
   * nine fields (`name`, `uri`, `path`, `createTime`, `modifyTime`, `size`, `status`, `assetId`,
   * `hash`).
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  ASSET = 6,

  /**
   * A column of this type holds a JavaScript array of {@link CloudAsset} objects
   * ({@link CloudAssets}), possibly empty.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  ASSETS = 7
}
