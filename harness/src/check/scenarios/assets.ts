import type { Database } from 'ohos-cloud-extension-types';
import type { SystemSide } from '../../system/connect';
import type { AssetResult } from '../../system/asset-loader-client';
import type { AssetInput } from '../../system/row-values';
import type { Sandbox } from '../../sandbox/sandbox';
import type { CheckContext } from '../context';
import { show } from '../../stubs/recording/show-value';
import { FieldType } from '../../stubs/values';
import type { DatabaseShape } from '../sample-database';
import { sampleAsset } from '../sample-rows';
import { checkCount } from './sync-round';
import { assetFileProblem, removeAssetFiles, writeAssetFiles } from '../asset-files';

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
  const connected = await context.call(
    'CloudService.connectAssetLoader',
    `connectAssetLoader(${show(bundleName)}, ${show(database.name)})`,
    () => system.connectAssetLoader(bundleName, database as unknown as Database)
  );
  const loader = connected.value;
  if (loader === undefined || connected.failed) {
    return;
  }
  const table =
    database.tables.find((candidate) =>
      candidate.fields.some((field) => field.type === FieldType.ASSET || field.type === FieldType.ASSETS)
    ) ?? database.tables[0];
  if (table === undefined) {
    return;
  }
  const gid = gids.get(table.name)?.[0] ?? 'harness-gid-0';
  const sandbox = system.sandbox;
  const assets: AssetInput[] = [sampleAsset('photo-1.jpg', 1), sampleAsset('photo-2.jpg', 2), sampleAsset('文档 3.pdf', 3)].map(
    (asset) => ({
      ...asset,
      uri: sandbox.uriOf(asset.path)
    })
  );

  const downloadShown = `download(${show(table.alias)}, ${show(gid)}, ${show(ASSET_PREFIX)}, ${assets.length} assets)`;
  removeAssetFiles(sandbox, assets);
  const downloaded = await context.call('AssetLoader.download', downloadShown, () =>
    loader.download(table.alias, gid, ASSET_PREFIX, assets)
  );
  checkCount(context, 'AssetLoader.download', downloadShown, downloaded, assets.length, 'assets');
  checkDownloadedFiles(context, sandbox, downloadShown, downloaded.value);

  writeAssetFiles(sandbox, assets);

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

/**
 * Reports the assets download called fetched (code 0) whose file is missing in the sandbox or
 * differs in size from the size returned.
 */
function checkDownloadedFiles(context: CheckContext, sandbox: Sandbox, shown: string, results: readonly AssetResult[] | undefined): void {
  if (results === undefined) {
    return;
  }
  const fetched = results.filter((result) => result.code === 0);
  const problems = fetched
    .map((result) => ({ name: result.value.name, problem: assetFileProblem(sandbox, result.value) }))
    .filter((entry): entry is { name: string; problem: string } => entry.problem !== undefined);
  if (problems.length === 0) {
    return;
  }
  const listed = problems.map((entry) => `${show(entry.name)}: ${entry.problem}`).join('; ');
  context.report(
    'asset-file-not-written',
    'AssetLoader.download',
    `${shown} reported ${problems.length} of ${fetched.length} assets as fetched, but ${listed}. The engine records each asset as it was returned and never looks for the file, so the app finds nothing at the path.`
  );
}
