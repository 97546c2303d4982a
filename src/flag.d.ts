/**
 * The kind of change a row went through, as carried in {@link ExtensionValue.operation}.
 *
 * @remarks
 * A type only: the device's run-time module does not export `Flag`, so an expression such as
 * `cloudExtension.Flag.INSERT` throws a `TypeError` on the device. Use it in type positions
 * (`operation: cloudExtension.Flag`), and compare values with numbers of your own
 * (`0` insert, `1` update, `2` delete).
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
