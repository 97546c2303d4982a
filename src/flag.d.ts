/**
 * The kind of change a row went through, as carried in {@link ExtensionValue.operation}.
 * Compare against the member names, never against the raw numbers.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export enum Flag {
  /**
   * The row was added.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  INSERT = 0,

  /**
   * An existing row was changed.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  UPDATE = 1,

  /**
   * The row was removed.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  DELETE = 2
}
