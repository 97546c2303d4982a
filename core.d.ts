/**
 * The `core` entry: declares only the platform module `@ohos.data.cloudExtension`, for projects
 * that already get `@ohos.rpc`, `@ohos.data.cloudData` and `@ohos.data.relationalStore` from the
 * OpenHarmony SDK. Name it in `compilerOptions.types` as `ohos-cloud-extension-types/core`, or
 * with `/// <reference types="ohos-cloud-extension-types/core" />`, and never import the package
 * root in the same program: the root entry declares those three modules too, and its
 * declarations would silently replace the SDK's.
 *
 * @packageDocumentation
 */

/**
 * OpenHarmony's device-cloud extension API (API 11+, system API): the interfaces a cloud vendor
 * implements and the stub functions that hand them to the system. The device provides the values
 * at run time.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
declare module '@ohos.data.cloudExtension' {
  import * as cloudExtension from 'ohos-cloud-extension-types/src/module';
  export default cloudExtension;
}
