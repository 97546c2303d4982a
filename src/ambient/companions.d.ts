/**
 * The platform modules that `@ohos.data.cloudExtension` and a vendor's service extension import,
 * declared so that an extension compiles without the OpenHarmony SDK. Each is a faithful subset
 * of its SDK module. Projects that map the SDK in use the `core` entry instead: these
 * declarations would silently replace the SDK's.
 *
 * @packageDocumentation
 */

/**
 * Inter-process calls (subset): `rpc.RemoteObject` and the types its methods use.
 *
 * @since 7
 * @syscap SystemCapability.Communication.IPC.Core
 */
declare module '@ohos.rpc' {
  import * as rpc from 'ohos-cloud-extension-types/src/companions/ohos.rpc';
  export default rpc;
}

/**
 * Cloud data management (subset): the `sharing` namespace used by `ShareCenter`.
 *
 * @since 10
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Config
 * @systemapi
 */
declare module '@ohos.data.cloudData' {
  import * as cloudData from 'ohos-cloud-extension-types/src/companions/ohos.data.cloudData';
  export default cloudData;
}

/**
 * The relational store (subset): `Asset`, `Assets` and `AssetStatus`, on which `CloudAsset`
 * builds.
 *
 * @since 9
 * @syscap SystemCapability.DistributedDataManager.RelationalStore.Core
 */
declare module '@ohos.data.relationalStore' {
  import * as relationalStore from 'ohos-cloud-extension-types/src/companions/ohos.data.relationalStore';
  export default relationalStore;
}

/**
 * The service extension base class (lifecycle methods) that hosts a cloud extension.
 *
 * @since 9
 * @syscap SystemCapability.Ability.AbilityRuntime.Core
 * @systemapi
 */
declare module '@ohos.app.ability.ServiceExtensionAbility' {
  import ServiceExtensionAbility from 'ohos-cloud-extension-types/src/companions/ohos.app.ability.ServiceExtensionAbility';
  export default ServiceExtensionAbility;
}

/**
 * The request object passed to a service extension's lifecycle methods.
 *
 * @since 9
 * @syscap SystemCapability.Ability.AbilityBase
 */
declare module '@ohos.app.ability.Want' {
  import Want from 'ohos-cloud-extension-types/src/companions/ohos.app.ability.Want';
  export default Want;
}
