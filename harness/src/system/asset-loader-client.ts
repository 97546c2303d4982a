import { AssetLoaderCode } from '../stubs/codes';
import type { ReplyReader } from './reply-reader';
import { prefixed } from './reply-reader';
import type { AssetInput, SystemAsset } from './row-values';
import { readAsset, writeAssets } from './row-values';
import type { SystemReply } from './system-reply';
import type { TransportOptions } from './transport';
import { call } from './transport';

/**
 * One asset result as the system reads it: the code, then all nine asset fields, which the stub
 * writes for every result whatever the code (cloud_extension_stub.js:659-670).
 */
export interface AssetResult {
  /** The vendor's code for this asset. */
  code: number;
  /** The asset the vendor returned; `status` is the raw int32 it gave. */
  value: SystemAsset;
}

/**
 * The system's connection to an AssetLoader stub. Every request starts with str table, str gid,
 * str prefix, whatever the code (cloud_extension_stub.js:614-616), then the assets.
 */
export interface AssetLoaderConnection {
  /** The AssetLoader stub. */
  readonly remote: object;
  /**
   * Download (code 0): table, gid, prefix, assets (cloud_extension_stub.js:618-622); reply i32 n
   * and n results (654-671).
   */
  download(table: string, gid: string, prefix: string, assets: readonly AssetInput[]): Promise<SystemReply<AssetResult[]>>;
  /**
   * Upload (code 1): table, gid, prefix, assets; the stub reads the prefix and drops it
   * (cloud_extension_stub.js:623-627). Reply as download.
   */
  upload(table: string, gid: string, prefix: string, assets: readonly AssetInput[]): Promise<SystemReply<AssetResult[]>>;
}

/** Reads the asset results (cloud_extension_stub.js:654-671). */
function readAssetResults(reader: ReplyReader): AssetResult[] {
  const results: AssetResult[] = [];
  reader.partial = results;
  const count = reader.count('results.length');
  for (let index = 0; index < count; index++) {
    try {
      const code = reader.int32('.code');
      results.push({ code, value: readAsset(reader, '.value') });
    } catch (error) {
      throw prefixed(error, `results[${index}]`);
    }
  }
  return results;
}

/** The system's caller of an AssetLoader stub; see {@link AssetLoaderConnection}. */
export class AssetLoaderClient implements AssetLoaderConnection {
  /** The AssetLoader stub. */
  readonly remote: object;
  private readonly options: TransportOptions;

  /** Calls `remote` with the given time limit. */
  constructor(remote: object, options: TransportOptions = {}) {
    this.remote = remote;
    this.options = options;
  }

  /** {@inheritDoc AssetLoaderConnection.download} */
  download(table: string, gid: string, prefix: string, assets: readonly AssetInput[]): Promise<SystemReply<AssetResult[]>> {
    return this.transfer('download', AssetLoaderCode.Download, table, gid, prefix, assets);
  }

  /** {@inheritDoc AssetLoaderConnection.upload} */
  upload(table: string, gid: string, prefix: string, assets: readonly AssetInput[]): Promise<SystemReply<AssetResult[]>> {
    return this.transfer('upload', AssetLoaderCode.Upload, table, gid, prefix, assets);
  }

  private transfer(
    method: string,
    code: number,
    table: string,
    gid: string,
    prefix: string,
    assets: readonly AssetInput[]
  ): Promise<SystemReply<AssetResult[]>> {
    return call(
      this.remote,
      { interfaceName: 'AssetLoader', method, code },
      (writer) => {
        writer.string(table, 'table');
        writer.string(gid, 'gid');
        writer.string(prefix, 'prefix');
        writeAssets(writer, assets, 'assets');
      },
      readAssetResults,
      this.options
    );
  }
}
