import type { CloudAsset } from './cloud-asset';
import type { Result } from './result';

/**
 * The vendor's file mover: the system calls it to send asset contents to the cloud and to fetch
 * them back, separately from the row data that {@link CloudDB} carries.
 *
 * @remarks
 * The vendor implements this interface, wraps an instance with {@link createAssetLoaderStub} and
 * returns the stub from {@link CloudService.connectAssetLoader}.
 *
 * @example
 * ```ts
 * import cloudExtension from '@ohos.data.cloudExtension';
 *
 * type Asset = cloudExtension.CloudAsset;
 * type AssetResult = cloudExtension.Result<Asset>;
 *
 * class PhotoLoader implements cloudExtension.AssetLoader {
 *   async download(table: string, gid: string, prefix: string, assets: Array<Asset>): Promise<Array<AssetResult>> {
 *     return assets.map((asset: Asset): AssetResult => ({ code: cloudExtension.ErrorCode.SUCCESS, value: asset }));
 *   }
 *   async upload(table: string, gid: string, assets: Array<Asset>): Promise<Array<AssetResult>> {
 *     return assets.map((asset: Asset): AssetResult => {
 *       asset.assetId = `${gid}/${asset.name}`;
 *       return { code: cloudExtension.ErrorCode.SUCCESS, value: asset };
 *     });
 *   }
 * }
 * ```
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface AssetLoader {
  /**
   * Fetches assets of one row from the cloud to the device.
   *
   * @param table - Cloud-side name of the table the row belongs to.
   * @param gid - The row's cloud identifier (its {@link ExtensionValue.id}).
   * @param prefix - Location prefix under which the assets are stored.
   * @param assets - The assets to fetch.
   * @returns One result per asset, in the same order, each carrying the asset with its `assetId`
   *   and `hash`.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  download(table: string, gid: string, prefix: string, assets: Array<CloudAsset>): Promise<Array<Result<CloudAsset>>>;

  /**
   * Sends assets of one row from the device to the cloud.
   *
   * @param table - Cloud-side name of the table the row belongs to.
   * @param gid - The row's cloud identifier (its {@link ExtensionValue.id}).
   * @param assets - The assets to send.
   * @returns One result per asset, in the same order, each carrying the asset with the `assetId`
   *   and `hash` the cloud gave it.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  upload(table: string, gid: string, assets: Array<CloudAsset>): Promise<Array<Result<CloudAsset>>>;
}
