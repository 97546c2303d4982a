import type rpc from '@ohos.rpc';
import type { AssetLoader } from './asset-loader';
import type { CloudDB } from './cloud-db';
import type { CloudService } from './cloud-service';
import type { ShareCenter } from './share-center';

/**
 * Wraps the vendor's {@link CloudService} in a remote object the system can call across
 * processes. Return it from the service extension's `onConnect`.
 *
 * @param instance - The vendor's implementation.
 * @returns The remote object that forwards the system's calls to `instance`.
 *
 * @example
 * ```ts
 * import cloudExtension from '@ohos.data.cloudExtension';
 * import ServiceExtensionAbility from '@ohos.app.ability.ServiceExtensionAbility';
 * import Want from '@ohos.app.ability.Want';
 * import rpc from '@ohos.rpc';
 *
 * declare const cloudService: cloudExtension.CloudService;
 *
 * export default class CloudExtension extends ServiceExtensionAbility {
 *   onConnect(want: Want): rpc.RemoteObject | Promise<rpc.RemoteObject> {
 *     return cloudExtension.createCloudServiceStub(cloudService);
 *   }
 * }
 * ```
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export function createCloudServiceStub(instance: CloudService): Promise<rpc.RemoteObject>;

/**
 * Wraps the vendor's {@link ShareCenter} in a remote object the system can call across processes.
 * Return it from {@link CloudService.connectShareCenter}.
 *
 * @param instance - The vendor's implementation.
 * @returns The remote object that forwards the system's calls to `instance`.
 *
 * @example
 * ```ts
 * import cloudExtension from '@ohos.data.cloudExtension';
 * import rpc from '@ohos.rpc';
 *
 * declare const shareCenter: cloudExtension.ShareCenter;
 *
 * function connectShareCenter(userId: number, bundleName: string): Promise<rpc.RemoteObject> {
 *   return cloudExtension.createShareServiceStub(shareCenter);
 * }
 * ```
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export function createShareServiceStub(instance: ShareCenter): Promise<rpc.RemoteObject>;

/**
 * Wraps the vendor's {@link CloudDB} in a remote object the system can call across processes.
 * Return it from {@link CloudService.connectDB}.
 *
 * @param instance - The vendor's implementation.
 * @returns The remote object that forwards the system's calls to `instance`.
 *
 * @example
 * ```ts
 * import cloudExtension from '@ohos.data.cloudExtension';
 * import rpc from '@ohos.rpc';
 *
 * declare function openDatabase(bundleName: string, alias: string): cloudExtension.CloudDB;
 *
 * function connectDB(bundleName: string, database: cloudExtension.Database): Promise<rpc.RemoteObject> {
 *   return cloudExtension.createCloudDBStub(openDatabase(bundleName, database.alias));
 * }
 * ```
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export function createCloudDBStub(instance: CloudDB): Promise<rpc.RemoteObject>;

/**
 * Wraps the vendor's {@link AssetLoader} in a remote object the system can call across
 * processes. Return it from {@link CloudService.connectAssetLoader}.
 *
 * @param instance - The vendor's implementation.
 * @returns The remote object that forwards the system's calls to `instance`.
 *
 * @example
 * ```ts
 * import cloudExtension from '@ohos.data.cloudExtension';
 * import rpc from '@ohos.rpc';
 *
 * declare const loader: cloudExtension.AssetLoader;
 *
 * async function connectAssetLoader(bundleName: string, database: cloudExtension.Database): Promise<rpc.RemoteObject> {
 *   const stub: rpc.RemoteObject = await cloudExtension.createAssetLoaderStub(loader);
 *   return stub;
 * }
 * ```
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export function createAssetLoaderStub(instance: AssetLoader): Promise<rpc.RemoteObject>;
