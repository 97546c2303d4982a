/**
 * The AssetLoader stub: decodes the system's requests, calls the vendor's AssetLoader and encodes
 * the results, as the device's `cloud_extension_stub.js` does (class at lines 605-672).
 *
 * No `try`/`catch` and no check for a missing AssetLoader: any throw rejects the handler, leaving
 * what was already written in the reply.
 *
 * @packageDocumentation
 */

import rpc = require('../modules/ohos.rpc');
import { AssetLoaderCode, WaitTime } from './codes';
import { bindImplementation, callVendor } from './trace';
import {
  type Asset,
  type AssetFields,
  MAX_SIZE,
  readAssets,
  type Reply,
  type Sequence,
  type VendorList,
  type VendorResult,
  type VendorValue
} from './values';

type Option = rpc.MessageOption;

/** The AssetLoader methods the stub calls, unchecked: a missing one throws the engine's TypeError. */
interface AssetLoaderCalls {
  download(table: string, gid: string, prefix: string, assets: Asset[]): unknown;
  upload(table: string, gid: string, assets: Asset[]): unknown;
}

/** What the stub reads of download's and upload's results (cloud_extension_stub.js:654-671). */
type AssetResultsFields = VendorList<VendorResult<AssetFields>>;

/** Calls the vendor's AssetLoader through the record of vendor calls. */
function callAssetLoader(stub: object, method: string, args: readonly unknown[], invoke: () => VendorValue): Promise<VendorValue> {
  return callVendor(stub, 'AssetLoader', method, args, invoke);
}

/**
 * i32 length (written before the `> MAX_SIZE` check), then per result i32 code and the nine fields
 * of `result.value`, unconditionally and with the status raw (cloud_extension_stub.js:654-671).
 */
function writeAssetResults(reply: Reply, results: AssetResultsFields): void {
  reply.writeInt(results.length);
  if (results.length > MAX_SIZE) {
    return;
  }
  for (let index = 0; index < results.length; index++) {
    reply.writeInt(results[index].code);
    reply.writeString(results[index].value.name);
    reply.writeString(results[index].value.uri);
    reply.writeString(results[index].value.path);
    reply.writeString(results[index].value.createTime);
    reply.writeString(results[index].value.modifyTime);
    reply.writeString(results[index].value.size);
    reply.writeInt(results[index].value.status);
    reply.writeString(results[index].value.assetId);
    reply.writeString(results[index].value.hash);
  }
}

/**
 * Serves a vendor's AssetLoader (`cloudExtension.AssetLoaderStub` at run time,
 * cloud_extension_stub.js:605-674).
 */
export class AssetLoaderStub extends rpc.RemoteObject {
  /** The vendor's AssetLoader, read on every request (cloud_extension_stub.js:608). */
  assetLoader: VendorValue;

  /**
   * @param descriptor - The RemoteObject descriptor (`'AssetLoaderProxy'` from the factory).
   * @param assetLoader - The vendor's AssetLoader.
   */
  constructor(descriptor: string, assetLoader: VendorValue) {
    super(descriptor);
    this.assetLoader = assetLoader;
    bindImplementation(this, () => this.assetLoader);
  }

  /**
   * Handles one request as the device does (cloud_extension_stub.js:611-630). Resolves `true` when a
   * reply was written, `false` for an unknown code.
   *
   * @param code - An {@link AssetLoaderCode}.
   * @param data - The request.
   * @param reply - The reply to write.
   * @param option - The call's option; its wait time is set to 500.
   */
  override async onRemoteMessageRequest(code: number, data: Sequence, reply: Reply, option: Option): Promise<boolean> {
    // cloud_extension_stub.js:612-616: wait time, the (unused) descriptor, then three strings read
    // for every code, known or not.
    option.setWaitTime(WaitTime.AssetLoader);
    this.getDescriptor();
    const table = data.readString();
    const gid = data.readString();
    const prefix = data.readString();
    switch (code) {
      case AssetLoaderCode.Download: {
        // :618-622
        const assets = readAssets(data);
        const results = await callAssetLoader(this, 'download', [table, gid, prefix, assets], () =>
          (this.assetLoader as AssetLoaderCalls).download(table, gid, prefix, assets)
        );
        writeAssetResults(reply, results as AssetResultsFields);
        return true;
      }
      case AssetLoaderCode.Upload: {
        // :623-627: the prefix was read but is not passed on.
        const assets = readAssets(data);
        const results = await callAssetLoader(this, 'upload', [table, gid, assets], () =>
          (this.assetLoader as AssetLoaderCalls).upload(table, gid, assets)
        );
        writeAssetResults(reply, results as AssetResultsFields);
        return true;
      }
    }
    // :629
    return false;
  }
}
