/**
 * The part of `@ohos.data.relationalStore` (the device's relational database) that
 * `cloudExtension.CloudAsset` builds on: assets and their sync status. A faithful subset of the
 * SDK module.
 *
 * @since 9
 * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
 *
 * @module \@ohos.data.relationalStore
 * @packageDocumentation
 */

/**
 * Where an asset stands in device-cloud sync.
 *
 * @since 10
 * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
 */
export enum AssetStatus {
  /**
   * In sync; nothing to do.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  ASSET_NORMAL,

  /**
   * Added locally and waiting to go to the cloud.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  ASSET_INSERT,

  /**
   * Changed locally and waiting to go to the cloud.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  ASSET_UPDATE,

  /**
   * Removed locally and waiting to be removed from the cloud.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  ASSET_DELETE,

  /**
   * Damaged or inconsistent.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  ASSET_ABNORMAL,

  /**
   * Being fetched from the cloud.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  ASSET_DOWNLOADING
}

/**
 * A file kept beside a database row (an image, a document, …), described by name, location,
 * times and size.
 *
 * @since 10
 * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
 */
export interface Asset {
  /**
   * The file's name.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  name: string;

  /**
   * The file's URI on the device.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  uri: string;

  /**
   * The application-sandbox path of the file.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  path: string;

  /**
   * When the file was created, as a string.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  createTime: string;

  /**
   * When the file was last changed, as a string.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  modifyTime: string;

  /**
   * The file's size, as a string.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  size: string;

  /**
   * Where the file stands in sync; absent means {@link AssetStatus.ASSET_NORMAL}.
   *
   * @since 10
   * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
   */
  status?: AssetStatus;
}

/**
 * Several assets kept in one column.
 *
 * @since 10
 * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
 */
export type Assets = Asset[];
