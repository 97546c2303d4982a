import cloudExtension from '@ohos.data.cloudExtension';

/** An asset loader that forgot `upload`. */
// @ts-expect-error upload
export class DownloadOnlyLoader implements cloudExtension.AssetLoader {
  async download(
    table: string,
    gid: string,
    prefix: string,
    assets: Array<cloudExtension.CloudAsset>
  ): Promise<Array<cloudExtension.Result<cloudExtension.CloudAsset>>> {
    return assets.map((asset) => ({ code: cloudExtension.ErrorCode.SUCCESS, value: asset }));
  }
}
