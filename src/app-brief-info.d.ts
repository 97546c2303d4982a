/**
 * One application's entry in the cloud: who it is and whether the user lets it sync.
 * {@link CloudService.getAppBriefInfo} returns these keyed by bundle name.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface AppBriefInfo {
  /**
   * The application's identifier in the vendor's cloud.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  appId: string;

  /**
   * The application's bundle name on the device, such as `com.example.notes`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  bundleName: string;

  /**
   * The per-application cloud switch: `true` when the user allows this application to sync.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  cloudSwitch: boolean;

  /**
   * Which copy of the application this is: `0` for the application itself, then `1`, `2`, … for
   * its app clones in the order they were created. Sent as a 32-bit signed integer.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  instanceId: number;
}
