/**
 * Status codes of device-cloud sync, returned in {@link Result.code} by {@link CloudDB} and
 * {@link CloudService} calls. Compare against the member names, never against the raw numbers.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export enum ErrorCode {
  /**
   * The call succeeded.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  SUCCESS = 0,

  /**
   * The call failed for a reason no other member describes.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  UNKNOWN_ERROR = 1,

  /**
   * The cloud could not be reached or the connection broke.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  NETWORK_ERROR = 2,

  /**
   * The cloud service is switched off for this account or application.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  CLOUD_DISABLED = 3,

  /**
   * Another device holds the database's lock; the system retries once that device has finished.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  LOCKED_BY_OTHERS = 4,

  /**
   * The batch has more records, or more data, than the cloud accepts at once (a limit the vendor
   * sets on the cloud side).
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  RECORD_LIMIT_EXCEEDED = 5,

  /**
   * The account's remaining cloud space is smaller than the assets to upload.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  NO_SPACE_FOR_ASSET = 6
}
