import type { SubscribeId } from './subscribe-id';

/**
 * What a successful {@link CloudService.subscribe} created: when the subscriptions lapse and their
 * handles, per application.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface SubscribeInfo {
  /**
   * When the subscriptions expire, in ms; the system subscribes again before then.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  expirationTime: number;

  /**
   * The created subscriptions, keyed by bundle name, one {@link SubscribeId} per database.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  subscribe: Record<string, Array<SubscribeId>>;
}
