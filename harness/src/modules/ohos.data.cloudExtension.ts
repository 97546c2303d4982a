/**
 * `@ohos.data.cloudExtension` at run time: exactly what the device's module exports
 * (cloud_extension_stub.js:924-932) — the `cloudExtension` namespace object, `FieldType`,
 * `ErrorCode` and the four asynchronous stub factories. Enums the typings declare but the device
 * does not create (such as `Flag`) are absent, so using them fails here as it does on the device.
 *
 * @packageDocumentation
 */

import { AssetLoaderStub } from '../stubs/asset-loader-stub';
import { CloudDbStub } from '../stubs/cloud-db-stub';
import { CloudServiceStub } from '../stubs/cloud-service-stub';
import { Descriptor, ErrorCode } from '../stubs/codes';
import { ShareCenterStub } from '../stubs/share-center-stub';
import { FieldType, type VendorValue } from '../stubs/values';

/**
 * Wraps a vendor's CloudService in a new stub with descriptor `'CloudServiceProxy'`
 * (cloud_extension_stub.js:899-903).
 *
 * @param cloudService - The vendor's CloudService.
 * @returns A promise of the stub.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async like the device's factory: a throw rejects
async function createCloudServiceStub(cloudService: VendorValue): Promise<CloudServiceStub> {
  return new CloudServiceStub(Descriptor.CloudService, cloudService);
}

/**
 * Wraps a vendor's CloudDB in a new stub with descriptor `'CloudDbProxy'`
 * (cloud_extension_stub.js:905-909).
 *
 * @param cloudDb - The vendor's CloudDB.
 * @returns A promise of the stub.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async like the device's factory: a throw rejects
async function createCloudDBStub(cloudDb: VendorValue): Promise<CloudDbStub> {
  return new CloudDbStub(Descriptor.CloudDB, cloudDb);
}

/**
 * Wraps a vendor's AssetLoader in a new stub with descriptor `'AssetLoaderProxy'`
 * (cloud_extension_stub.js:911-915).
 *
 * @param assetLoader - The vendor's AssetLoader.
 * @returns A promise of the stub.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async like the device's factory: a throw rejects
async function createAssetLoaderStub(assetLoader: VendorValue): Promise<AssetLoaderStub> {
  return new AssetLoaderStub(Descriptor.AssetLoader, assetLoader);
}

/**
 * Wraps a vendor's ShareCenter in a new stub with descriptor `'ShareCenterProxy'`
 * (cloud_extension_stub.js:917-921).
 *
 * @param shareCenter - The vendor's ShareCenter.
 * @returns A promise of the stub.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async like the device's factory: a throw rejects
async function createShareServiceStub(shareCenter: VendorValue): Promise<ShareCenterStub> {
  return new ShareCenterStub(Descriptor.ShareCenter, shareCenter);
}

/**
 * The namespace object the device builds (cloud_extension_stub.js:24-922), with its members in the
 * order they are assigned: the two enums, the stub classes (the ShareCenter's under the name
 * `ShareCenterProxy`, 897) and the factories.
 */
const cloudExtension = {
  FieldType,
  ErrorCode,
  CloudServiceStub,
  CloudDbStub,
  AssetLoaderStub,
  ShareCenterProxy: ShareCenterStub,
  createCloudServiceStub,
  createCloudDBStub,
  createAssetLoaderStub,
  createShareServiceStub
};

// Never runs: it names the exports where Node's ESM loader finds them in a CommonJS file (it
// reads the source, cjs-module-lexer), so that an ES module can write
// `import { ErrorCode } from '@ohos.data.cloudExtension'`, as the typings allow.
// Keep it in step with the module object.
if (0 as number) {
  (exports as Record<string, unknown>).cloudExtension = undefined;
  (exports as Record<string, unknown>).FieldType = undefined;
  (exports as Record<string, unknown>).ErrorCode = undefined;
  (exports as Record<string, unknown>).createCloudServiceStub = undefined;
  (exports as Record<string, unknown>).createCloudDBStub = undefined;
  (exports as Record<string, unknown>).createAssetLoaderStub = undefined;
  (exports as Record<string, unknown>).createShareServiceStub = undefined;
}

// cloud_extension_stub.js:924-932: the module's default export.
export = {
  cloudExtension,
  FieldType: cloudExtension.FieldType,
  ErrorCode: cloudExtension.ErrorCode,
  createCloudServiceStub: cloudExtension.createCloudServiceStub,
  createCloudDBStub: cloudExtension.createCloudDBStub,
  createAssetLoaderStub: cloudExtension.createAssetLoaderStub,
  createShareServiceStub: cloudExtension.createShareServiceStub
};
