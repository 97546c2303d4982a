/**
 * A lease on a cloud database that keeps other devices from syncing it meanwhile, as granted by
 * {@link CloudDB.lock} and renewed by {@link CloudDB.heartbeat}.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface LockInfo {
  /**
   * How long the lock holds, in seconds; the cloud releases it by itself when this runs out unless
   * a heartbeat renews it. Sent as a 32-bit signed integer: a value outside
   * -2147483648 to 2147483647 reaches the system changed.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  interval: number;

  /**
   * The lock's identifier, which the system passes to {@link CloudDB.heartbeat} and
   * {@link CloudDB.unlock}. Sent as a 32-bit signed integer both ways: keep it between
   * -2147483648 and 2147483647, or the system hands back a different number.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  lockId: number;
}
