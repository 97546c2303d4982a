import type { Table } from './table';

/**
 * One synced database of an application: its local name, its name in the cloud and its tables.
 * The system hands one to {@link CloudService.connectDB} and {@link CloudService.connectAssetLoader}
 * to say which database the connection is for.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface Database {
  /**
   * The database's name on the device.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  name: string;

  /**
   * The database's name in the cloud.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  alias: string;

  /**
   * The database's synced tables.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  tables: Array<Table>;
}
