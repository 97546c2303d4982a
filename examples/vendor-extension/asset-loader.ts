import cloudExtension from '@ohos.data.cloudExtension';
import fs from '@ohos.file.fs';
import hilog from '@ohos.hilog';
import http from '@ohos.net.http';
import { callCloud, CloudReply, LOG_DOMAIN, LOG_TAG, segment } from './cloud-client';

type AssetResult = cloudExtension.Result<cloudExtension.CloudAsset>;

/** The cloud's answer to an upload. */
interface StoredAsset {
  assetId: string;
  hash: string;
  size: number;
}

/**
 * Moves asset files between the app's sandbox and the cloud: `download` fetches each asset's bytes
 * and writes them at the asset's path, `upload` reads the file at the path and sends its bytes.
 */
export class MyAssetLoader implements cloudExtension.AssetLoader {
  private readonly base: string;

  /**
   * @param bundleName - The application the assets belong to.
   * @param databaseAlias - The database's alias in the cloud.
   */
  constructor(bundleName: string, databaseAlias: string) {
    this.base = `/v1/apps/${segment(bundleName)}/databases/${segment(databaseAlias)}/assets`;
  }

  async download(
    table: string,
    gid: string,
    prefix: string,
    assets: Array<cloudExtension.CloudAsset>
  ): Promise<Array<AssetResult>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'download, table: %{public}s, gid: %{public}s, assets: %{public}d', table, gid, assets.length);
    const results: Array<AssetResult> = [];
    for (const asset of assets) {
      const reply = await callCloud(http.RequestMethod.GET, this.assetPath(table, gid, asset), undefined, http.HttpDataType.ARRAY_BUFFER);
      if (reply.status !== http.ResponseCode.OK || !(reply.body instanceof ArrayBuffer)) {
        results.push(failed(reply, asset));
        continue;
      }
      const bytes = reply.body as ArrayBuffer;
      writeFile(asset.path, bytes);
      const fetched = copyOf(asset);
      fetched.size = String(bytes.byteLength);
      results.push({ code: cloudExtension.ErrorCode.SUCCESS, value: fetched });
    }
    return results;
  }

  async upload(table: string, gid: string, assets: Array<cloudExtension.CloudAsset>): Promise<Array<AssetResult>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'upload, table: %{public}s, gid: %{public}s, assets: %{public}d', table, gid, assets.length);
    const results: Array<AssetResult> = [];
    for (const asset of assets) {
      const reply = await callCloud(http.RequestMethod.PUT, this.assetPath(table, gid, asset), readFile(asset.path));
      if (reply.status !== http.ResponseCode.OK || reply.body === undefined) {
        results.push(failed(reply, asset));
        continue;
      }
      const answer = reply.body as cloudExtension.Result<StoredAsset>;
      if (answer.value === undefined) {
        results.push({ code: answer.code, description: answer.description ?? 'upload refused', value: asset });
        continue;
      }
      const stored = copyOf(asset);
      stored.assetId = answer.value.assetId;
      stored.hash = answer.value.hash;
      stored.size = String(answer.value.size);
      results.push({ code: cloudExtension.ErrorCode.SUCCESS, value: stored });
    }
    return results;
  }

  private assetPath(table: string, gid: string, asset: cloudExtension.CloudAsset): string {
    return `${this.base}/${segment(table)}/${segment(gid)}/${segment(asset.name)}`;
  }
}

/** The bytes of the file at `path`, a path in the app's sandbox. */
function readFile(path: string): ArrayBuffer {
  const bytes = new ArrayBuffer(fs.statSync(path).size);
  const file = fs.openSync(path, fs.OpenMode.READ_ONLY);
  try {
    fs.readSync(file.fd, bytes);
  } finally {
    fs.closeSync(file);
  }
  return bytes;
}

/** Writes `bytes` to the file at `path`, making its folder first if needed. */
function writeFile(path: string, bytes: ArrayBuffer): void {
  const folder = path.substring(0, path.lastIndexOf('/'));
  if (folder.length > 0 && !fs.accessSync(folder)) {
    fs.mkdirSync(folder, true);
  }
  const file = fs.openSync(path, fs.OpenMode.READ_WRITE | fs.OpenMode.CREATE | fs.OpenMode.TRUNC);
  try {
    fs.writeSync(file.fd, bytes);
  } finally {
    fs.closeSync(file);
  }
}

/**
 * The result of an asset the cloud did not take or give (a 404: it has no such asset). It carries
 * the asset all the same: the device's stub writes the asset fields of every result, failed ones
 * included (cloud_extension_stub.js:659-670).
 */
function failed(reply: CloudReply, asset: cloudExtension.CloudAsset): AssetResult {
  if (reply.status === 0) {
    return { code: cloudExtension.ErrorCode.NETWORK_ERROR, description: `cloud unreachable: ${reply.error ?? ''}`, value: asset };
  }
  return { code: cloudExtension.ErrorCode.UNKNOWN_ERROR, description: `${asset.name}: cloud answered HTTP ${reply.status}`, value: asset };
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
