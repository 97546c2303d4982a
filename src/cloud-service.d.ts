import type rpc from '@ohos.rpc';
import type { AppBriefInfo } from './app-brief-info';
import type { AppSchema } from './app-schema';
import type { Database } from './database';
import type { Result } from './result';
import type { ServiceInfo } from './service-info';
import type { SubscribeInfo } from './subscribe-info';

/**
 * The entry point of a vendor's cloud: the system connects to it first, learns about the account
 * and the applications, and asks it for the other three services.
 *
 * @remarks
 * The vendor's `ServiceExtensionAbility` returns {@link createCloudServiceStub} of an instance
 * from `onConnect`. Through it the system reaches {@link CloudDB} ({@link CloudService.connectDB}),
 * {@link AssetLoader} ({@link CloudService.connectAssetLoader}) and {@link ShareCenter}
 * ({@link CloudService.connectShareCenter}), each wrapped with its own stub function.
 *
 * @example
 * ```ts
 * import cloudExtension from '@ohos.data.cloudExtension';
 * import rpc from '@ohos.rpc';
 *
 * declare const notesDB: cloudExtension.CloudDB;
 * declare const photoLoader: cloudExtension.AssetLoader;
 * declare const shareCenter: cloudExtension.ShareCenter;
 *
 * class MyCloudService implements cloudExtension.CloudService {
 *   async getServiceInfo(): Promise<cloudExtension.ServiceInfo> {
 *     return { enableCloud: true, id: 'a1b2c3', totalSpace: 5 * 1024 * 1024, remainingSpace: 1024 * 1024, user: 100 };
 *   }
 *   async getAppBriefInfo(): Promise<Record<string, cloudExtension.AppBriefInfo>> {
 *     return { 'com.example.notes': { appId: 'notes', bundleName: 'com.example.notes', cloudSwitch: true, instanceId: 0 } };
 *   }
 *   async getAppSchema(bundleName: string): Promise<cloudExtension.Result<cloudExtension.AppSchema>> {
 *     return { code: cloudExtension.ErrorCode.SUCCESS, value: { bundleName, version: 1, databases: [] } };
 *   }
 *   async subscribe(subInfo: Record<string, Array<cloudExtension.Database>>, expirationTime: number): Promise<cloudExtension.Result<cloudExtension.SubscribeInfo>> {
 *     return { code: cloudExtension.ErrorCode.SUCCESS, value: { expirationTime, subscribe: {} } };
 *   }
 *   async unsubscribe(unsubscribeInfo: Record<string, Array<string>>): Promise<number> {
 *     return 1; // success is any number > 0; ErrorCode.SUCCESS (0) would be reported as a failure
 *   }
 *   connectDB(bundleName: string, database: cloudExtension.Database): Promise<rpc.RemoteObject> {
 *     return cloudExtension.createCloudDBStub(notesDB);
 *   }
 *   connectAssetLoader(bundleName: string, database: cloudExtension.Database): Promise<rpc.RemoteObject> {
 *     return cloudExtension.createAssetLoaderStub(photoLoader);
 *   }
 *   connectShareCenter(userId: number, bundleName: string): Promise<rpc.RemoteObject> {
 *     return cloudExtension.createShareServiceStub(shareCenter);
 *   }
 * }
 * ```
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export interface CloudService {
  /**
   * Reports the account's state and storage.
   *
   * @returns The account information.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  getServiceInfo(): Promise<ServiceInfo>;

  /**
   * Lists the applications the cloud knows for this account.
   *
   * @returns One entry per application, keyed by bundle name.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  getAppBriefInfo(): Promise<Record<string, AppBriefInfo>>;

  /**
   * Describes which databases, tables and columns of an application sync.
   *
   * @param bundleName - The application to describe.
   * @returns The application's schema, in {@link Result.value}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  getAppSchema(bundleName: string): Promise<Result<AppSchema>>;

  /**
   * Asks the cloud to notify the device when the given databases change on the server.
   *
   * @param subInfo - What to watch: bundle name to the databases of that application.
   * @param expirationTime - The expiration time the system asks for, in ms.
   * @returns The subscriptions created and when they expire, in {@link Result.value}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  subscribe(
    subInfo: Record<string, Array<Database>>,
    expirationTime: number
  ): Promise<Result<SubscribeInfo>>;

  /**
   * Cancels change notifications.
   *
   * @param unsubscribeInfo - What to stop watching: bundle name to the {@link SubscribeId.id}s to
   *   cancel.
   * @returns A number greater than `0` when the subscriptions were cancelled. The device reports
   *   the call as failed for anything that is not greater than `0`, so answer success with a
   *   positive number such as `1`, not with {@link ErrorCode.SUCCESS} (which is `0`).
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  unsubscribe(unsubscribeInfo: Record<string, Array<string>>): Promise<number>;

  /**
   * Opens a connection to one cloud database of an application.
   *
   * @param bundleName - The application that owns the database.
   * @param database - The database to connect to.
   * @returns The stub of the vendor's {@link CloudDB}, made by {@link createCloudDBStub}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  connectDB(bundleName: string, database: Database): Promise<rpc.RemoteObject>;

  /**
   * Opens a connection for moving the assets of one database of an application.
   *
   * @param bundleName - The application that owns the database.
   * @param database - The database whose assets will move.
   * @returns The stub of the vendor's {@link AssetLoader}, made by {@link createAssetLoaderStub}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  connectAssetLoader(bundleName: string, database: Database): Promise<rpc.RemoteObject>;

  /**
   * Opens a connection to the sharing server for one application.
   *
   * @param userId - The local OS user on whose behalf the connection is made.
   * @param bundleName - The application whose records will be shared.
   * @returns The stub of the vendor's {@link ShareCenter}, made by {@link createShareServiceStub}.
   *
   * @since 11
   * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
   * @systemapi
   */
  connectShareCenter(userId: number, bundleName: string): Promise<rpc.RemoteObject>;
}
