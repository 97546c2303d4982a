import type { Flag } from './flag';

/**
 * Sync bookkeeping that travels beside each row's data: the row's cloud identity, its
 * timestamps and the change it went through. The system owns these fields; the extension reads
 * them and never edits them.
 *
 * @remarks
 * In {@link CloudDB.insert}, {@link CloudDB.update} and {@link CloudDB.delete} the `extensions`
 * array runs parallel to the rows (entry `i` describes row `i`); in query results the same keys
 * appear inside each record of {@link CloudData.values}.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface ExtensionValue {
  /**
   * The row's cloud-wide identifier, taken from {@link CloudDB.generateId} when the row was first
   * inserted; unique within its table.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  readonly id: string;

  /**
   * Timestamp of the row's creation, in ms.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  readonly createTime: number;

  /**
   * Timestamp of the row's last change, in ms.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  readonly modifyTime: number;

  /**
   * Which change the row went through: insert, update or delete.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  readonly operation: Flag;
}
