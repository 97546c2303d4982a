/**
 * What the vendor's cloud reports about the signed-in account; the system asks for it through
 * {@link CloudService.getServiceInfo} before it syncs anything.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface ServiceInfo {
  /**
   * Whether the cloud service is switched on for this account; when `false` the system does not
   * sync.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  enableCloud: boolean;

  /**
   * The cloud account's identifier, a SHA-256 digest, so that the raw account name never reaches
   * the device's sync service.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  id: string;

  /**
   * Storage quota of the account on the server, in KB. Sent as a 64-bit integer: a fractional
   * part is dropped.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  totalSpace: number;

  /**
   * Storage still free for the account on the server, in KB; when it is smaller than the assets
   * to upload the sync fails with {@link ErrorCode.NO_SPACE_FOR_ASSET}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  remainingSpace: number;

  /**
   * The local OS user (account number on the device) this information belongs to. Sent as a
   * 32-bit signed integer.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  user: number;
}
