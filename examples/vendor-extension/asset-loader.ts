import cloudExtension from '@ohos.data.cloudExtension';
import hilog from '@ohos.hilog';
import { LOG_DOMAIN, LOG_TAG } from './cloud-client';

type AssetResult = cloudExtension.Result<cloudExtension.CloudAsset>;

/** Moves asset files between the device and the cloud; here it only stamps them. */
export class MyAssetLoader implements cloudExtension.AssetLoader {
  async download(
    table: string,
    gid: string,
    prefix: string,
    assets: Array<cloudExtension.CloudAsset>
  ): Promise<Array<AssetResult>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'download asset loader, table: %{public}s, gid: %{public}s, prefix: %{public}s', table, gid, prefix);
    return assets.map((asset: cloudExtension.CloudAsset): AssetResult => succeeded(asset));
  }

  async upload(table: string, gid: string, assets: Array<cloudExtension.CloudAsset>): Promise<Array<AssetResult>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'upload asset loader, table: %{public}s, gid: %{public}s', table, gid);
    return assets.map((asset: cloudExtension.CloudAsset): AssetResult => {
      const stored = copyOf(asset);
      stored.assetId = `${table}/${gid}/${asset.name}`;
      stored.hash = `${asset.modifyTime}-${asset.size}`;
      return succeeded(stored);
    });
  }
}

function succeeded(asset: cloudExtension.CloudAsset): AssetResult {
  return { code: cloudExtension.ErrorCode.SUCCESS, value: asset };
}

/** A field-by-field copy: ArkTS has no object spread. */
function copyOf(asset: cloudExtension.CloudAsset): cloudExtension.CloudAsset {
  const copy: cloudExtension.CloudAsset = {
    name: asset.name,
    uri: asset.uri,
    path: asset.path,
    createTime: asset.createTime,
    modifyTime: asset.modifyTime,
    size: asset.size,
    assetId: asset.assetId,
    hash: asset.hash
  };
  if (asset.status !== undefined) {
    copy.status = asset.status;
  }
  return copy;
}
