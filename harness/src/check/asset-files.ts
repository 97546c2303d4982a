/**
 * The asset files of the asset scenario, in the app sandbox: the files the system has before an
 * upload, and what a download must leave behind.
 *
 * @packageDocumentation
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path = require('node:path');
import type { Sandbox } from '../sandbox/sandbox';
import type { AssetInput, SystemAsset } from '../system/row-values';

/**
 * The known content of an asset file: `size` bytes, byte i being (i × 31 + seed) mod 256.
 *
 * @param size - Bytes.
 * @param seed - Varies the content between assets.
 */
export function assetBytes(size: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) {
    bytes[index] = (index * 31 + seed) & 0xff;
  }
  return bytes;
}

/** The device path of the file an asset names: its `path`, or its `file://` URI when the path is empty. */
export function assetFilePath(asset: Pick<SystemAsset, 'path' | 'uri'>): string | undefined {
  if (asset.path !== '') {
    return asset.path;
  }
  return asset.uri.startsWith('file://') ? asset.uri : undefined;
}

/**
 * Writes each asset's file, `size` bytes of known content, as the device has them before an upload.
 *
 * @param sandbox - The app sandbox.
 * @param assets - The assets the system sends.
 */
export function writeAssetFiles(sandbox: Sandbox, assets: readonly AssetInput[]): void {
  assets.forEach((asset, index) => {
    const host = sandbox.hostPath(asset.path);
    mkdirSync(path.dirname(host), { recursive: true, mode: 0o770 });
    writeFileSync(host, assetBytes(Number(asset.size), index), { mode: 0o660 });
  });
}

/**
 * Removes each asset's file, as the engine removes local assets before a download
 * (cloud_syncer_extend.cpp:1497-1614, BatchRemoveLocalAssets).
 *
 * @param sandbox - The app sandbox.
 * @param assets - The assets about to be downloaded.
 */
export function removeAssetFiles(sandbox: Sandbox, assets: readonly AssetInput[]): void {
  for (const asset of assets) {
    rmSync(sandbox.hostPath(asset.path), { force: true });
  }
}

/** What is wrong with the file a downloaded asset names, or `undefined` when it is there with the size returned. */
export function assetFileProblem(sandbox: Sandbox, asset: SystemAsset): string | undefined {
  const devicePath = assetFilePath(asset);
  if (devicePath === undefined) {
    return 'names no file (empty path and no file:// uri)';
  }
  let size: number;
  try {
    const stats = statSync(sandbox.hostPath(devicePath));
    if (!stats.isFile()) {
      return `${devicePath} is not a file`;
    }
    size = stats.size;
  } catch {
    return `no file at ${devicePath}`;
  }
  if (String(size) !== asset.size.trim()) {
    return `${devicePath} holds ${size} bytes, the returned size is ${JSON.stringify(asset.size)}`;
  }
  return undefined;
}
