import cloudExtension from '@ohos.data.cloudExtension';

type AssetResult = cloudExtension.Result<cloudExtension.CloudAsset>;

/** Moves asset files between the device and the cloud; here it only stamps them. */
export class MyAssetLoader implements cloudExtension.AssetLoader {
  async download(
    table: string,
    gid: string,
    prefix: string,
    assets: Array<cloudExtension.CloudAsset>
  ): Promise<Array<AssetResult>> {
    console.info(`download asset loader, table: ${table}, gid: ${gid}, prefix: ${prefix}`);
    return assets.map((asset) => ({ code: cloudExtension.ErrorCode.SUCCESS, value: asset }));
  }

  async upload(table: string, gid: string, assets: Array<cloudExtension.CloudAsset>): Promise<Array<AssetResult>> {
    console.info(`upload asset loader, table: ${table}, gid: ${gid}`);
    return assets.map((asset) => ({
      code: cloudExtension.ErrorCode.SUCCESS,
      value: { ...asset, assetId: `${table}/${gid}/${asset.name}`, hash: `${asset.modifyTime}-${asset.size}` }
    }));
  }
}
