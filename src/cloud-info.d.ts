import type { AppBriefInfo } from './app-brief-info';
import type { ServiceInfo } from './service-info';

/**
 * The account-wide picture of a cloud: the service's own state and every application it knows.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface CloudInfo {
  /**
   * State of the account and its storage, as {@link CloudService.getServiceInfo} reports it.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  cloudInfo: ServiceInfo;

  /**
   * The applications known to the cloud, keyed by bundle name.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  apps: Record<string, AppBriefInfo>;
}
