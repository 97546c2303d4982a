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
   * The column holds only `null`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  NULL = 0,

  /**
   * Whole numbers.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  NUMBER = 1,

  /**
   * Double-precision floating-point numbers.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  REAL = 2,

  /**
   * Strings.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  TEXT = 3,

  /**
   * `true` or `false`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  BOOL = 4,

  /**
   * Raw bytes, carried as a `Uint8Array`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  BLOB = 5,

  /**
   * A single {@link CloudAsset}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  ASSET = 6,

  /**
   * A list of assets ({@link CloudAssets}).
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  ASSETS = 7
}
