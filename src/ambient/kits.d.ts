/**
 * Partial `@kit.*` modules, so that code written the way current OpenHarmony documentation
 * writes its imports compiles: `import { cloudExtension } from '@kit.ArkData'`. Each kit here
 * exports only the modules this package declares; the SDK's kits export many more.
 *
 * @packageDocumentation
 */

/**
 * Partial ArkData kit: only `cloudExtension`, `cloudData` and `relationalStore` of the SDK's
 * kit, each the same object as its `@ohos.*` module.
 *
 * @since 11
 */
declare module '@kit.ArkData' {
  import cloudExtension from '@ohos.data.cloudExtension';
  import cloudData from '@ohos.data.cloudData';
  import relationalStore from '@ohos.data.relationalStore';

  export { cloudExtension, cloudData, relationalStore };
}

/**
 * Partial IPC kit: only `rpc` of the SDK's kit, the same object as `@ohos.rpc`.
 *
 * @since 11
 */
declare module '@kit.IPCKit' {
  import rpc from '@ohos.rpc';

  export { rpc };
}

/**
 * Partial Ability kit: only `ServiceExtensionAbility` and `Want` of the SDK's kit, the same
 * classes as their `@ohos.app.ability.*` modules.
 *
 * @since 11
 */
declare module '@kit.AbilityKit' {
  import ServiceExtensionAbility from '@ohos.app.ability.ServiceExtensionAbility';
  import Want from '@ohos.app.ability.Want';

  export { ServiceExtensionAbility, Want };
}
