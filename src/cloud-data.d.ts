import type { CloudType } from './cloud-type';

/**
 * One page of rows returned by {@link CloudDB.query}, with the cursor that fetches the next page.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface CloudData {
  /**
   * Opaque position after the last row of this page; the system passes it back as `queryCursor`
   * to get the following page.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  nextCursor: string;

  /**
   * `true` while the server holds rows beyond this page; the system keeps calling
   * {@link CloudDB.query} until it is `false`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  hasMore: boolean;

  /**
   * The rows of this page. Each record maps column names to values and also carries the row's
   * {@link ExtensionValue} keys.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  values: Array<Record<string, CloudType>>;
}
