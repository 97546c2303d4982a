import type { Field } from './field';

/**
 * One synced table of a database in the application's schema.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface Table {
  /**
   * The table's name in the cloud; this is the name {@link CloudDB} methods receive as `table`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  alias: string;

  /**
   * The table's name in the device's database.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  name: string;

  /**
   * The table's synced columns.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  fields: Array<Field>;
}
