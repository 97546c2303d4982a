import type { Database } from './database';

/**
 * The cloud-side data model of one application: every database, table and column that syncs.
 * The system fetches it with {@link CloudService.getAppSchema} and builds its sync plan from it.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface AppSchema {
  /**
   * The application the schema belongs to.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  bundleName: string;

  /**
   * Version number of the schema; raise it whenever the cloud's data model changes. Sent as a
   * 32-bit signed integer: keep it below 2147483648.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  version: number;

  /**
   * The application's synced databases.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  databases: Array<Database>;
}
