/// <reference path="./core.d.ts" />
/// <reference path="./src/ambient/companions.d.ts" />
/// <reference path="./src/ambient/kits.d.ts" />

/**
 * TypeScript declarations for OpenHarmony's device-cloud extension API.
 *
 * @remarks
 * Naming this package (in `compilerOptions.types`, a `/// <reference types>` or any import of it)
 * declares the platform module `@ohos.data.cloudExtension`, its companions `@ohos.rpc`,
 * `@ohos.data.cloudData`, `@ohos.data.relationalStore`,
 * `@ohos.app.ability.ServiceExtensionAbility` and `@ohos.app.ability.Want`, and the partial kits
 * `@kit.ArkData`, `@kit.IPCKit` and `@kit.AbilityKit`. The package itself has no JavaScript:
 * everything below is exported for `import type` only, and the run-time values (enums, stub
 * functions) come from the platform module on the device.
 *
 * `SyncStatus` is the one name here that the platform module does not have: the package's second
 * name for {@link ErrorCode}, the same enum with the same members and values.
 *
 * @module ohos-cloud-extension-types
 * @packageDocumentation
 */

// Type-only on purpose: this package ships no JavaScript. A value use of these names (an enum
// member in an expression, a call of a create…Stub function) is a compile error; the values come
// from the platform module: `import cloudExtension from '@ohos.data.cloudExtension'`.
export type {
  AppBriefInfo,
  AppSchema,
  AssetLoader,
  CloudAsset,
  CloudAssets,
  CloudData,
  CloudDB,
  CloudInfo,
  CloudService,
  CloudType,
  createAssetLoaderStub,
  createCloudDBStub,
  createCloudServiceStub,
  createShareServiceStub,
  Database,
  ErrorCode,
  ExtensionValue,
  Field,
  FieldType,
  Flag,
  LockInfo,
  Result,
  ServiceInfo,
  ShareCenter,
  SubscribeId,
  SubscribeInfo,
  Table
} from './src/module';
export type { SyncStatus } from './src/sync-status';
