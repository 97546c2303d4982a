import type { Database } from 'ohos-cloud-extension-types';
import type { SystemSide } from '../../system/connect';
import type { AssetInput } from '../../system/row-values';
import type { CheckContext } from '../context';
import { show } from '../../stubs/recording/show-value';
import { FieldType } from '../../stubs/values';
import type { DatabaseShape } from '../sample-database';
import { sampleAsset } from '../sample-rows';
import { checkCount } from './sync-round';

/** The prefix the system sends with AssetLoader calls (a download folder on the device). */
export const ASSET_PREFIX = '/data/storage/el2/cloud/harness';

/**
 * Asset download and upload for one database: ConnectAssetLoader, then Download and Upload of a
 * few assets of the first table that has an asset column (or the first table), with the table's
 * alias, a gid and the prefix (datamgr_service asset_loader.rs:112-126).
 */
export async function runAssets(
  context: CheckContext,
  system: SystemSide,
  bundleName: string,
  database: DatabaseShape,
  gids: ReadonlyMap<string, readonly string[]>
): Promise<void> {
  const connected = await context.call('CloudService.connectAssetLoader', `connectAssetLoader(${show(bundleName)}, ${show(database.name)})`, () =>
    system.connectAssetLoader(bundleName, database as unknown as Database)
  );
  const loader = connected.value;
  if (loader === undefined || connected.failed) {
    return;
  }
  const table =
    database.tables.find((candidate) => candidate.fields.some((field) => field.type === FieldType.ASSET || field.type === FieldType.ASSETS)) ??
    database.tables[0];
  if (table === undefined) {
    return;
  }
  const gid = gids.get(table.name)?.[0] ?? 'harness-gid-0';
  const assets: AssetInput[] = [sampleAsset('photo-1.jpg', 1), sampleAsset('photo-2.jpg', 2), sampleAsset('文档 3.pdf', 3)];

  const downloadShown = `download(${show(table.alias)}, ${show(gid)}, ${show(ASSET_PREFIX)}, ${assets.length} assets)`;
  const downloaded = await context.call('AssetLoader.download', downloadShown, () => loader.download(table.alias, gid, ASSET_PREFIX, assets));
  checkCount(context, 'AssetLoader.download', downloadShown, downloaded, assets.length, 'assets');

  const uploadShown = `upload(${show(table.alias)}, ${show(gid)}, ${assets.length} assets)`;
  const uploaded = await context.call('AssetLoader.upload', uploadShown, () => loader.upload(table.alias, gid, ASSET_PREFIX, assets));
  checkCount(context, 'AssetLoader.upload', uploadShown, uploaded, assets.length, 'assets');
  if (uploaded.returned && !context.findings.has('upload-prefix-dropped')) {
    context.report(
      'upload-prefix-dropped',
      'AssetLoader.upload',
      `The system sent the prefix ${show(ASSET_PREFIX)} with upload, but the device's stub reads it and does not pass it on: upload receives (table, gid, assets) only.`
    );
  }
}
