import type relationalStore from '@ohos.data.relationalStore';

/**
 * A file-like asset (image, document, …) stored in a cloud column: the local asset description
 * of `relationalStore.Asset` plus the identity the cloud gave it.
 *
 * @remarks
 * The system passes these to {@link AssetLoader.upload} and {@link AssetLoader.download}; the
 * loader returns them with `assetId` and `hash` filled in.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface CloudAsset extends relationalStore.Asset {
  /**
   * Identifier the cloud assigned to the asset when it was first uploaded.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  assetId: string;

  /**
   * Fingerprint of the asset's content, computed from its modification time and size; the system
   * compares it to decide whether an asset changed.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  hash: string;
}

/**
 * All the assets held in one cloud column of one row.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export type CloudAssets = Array<CloudAsset>;
