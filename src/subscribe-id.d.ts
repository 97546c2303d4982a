/**
 * The handle of one change subscription on one cloud database.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface SubscribeId {
  /**
   * The cloud-side name ({@link Database.alias}) of the subscribed database.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  databaseAlias: string;

  /**
   * The subscription's identifier, as created by {@link CloudService.subscribe}; the system hands
   * it back to {@link CloudService.unsubscribe}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  id: string;
}
