import type {
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
  SyncStatus,
  Table
} from 'ohos-cloud-extension-types';
import { Flag as FlagWithoutImportType } from 'ohos-cloud-extension-types';
import cloudExtension from '@ohos.data.cloudExtension';
import rpc from '@ohos.rpc';
import { expectAssignable, expectType } from 'tsd';

// Every type of the root entry is the platform module's type of the same name.
expectType<cloudExtension.AppBriefInfo>(null! as AppBriefInfo);
expectType<cloudExtension.AppSchema>(null! as AppSchema);
expectType<cloudExtension.AssetLoader>(null! as AssetLoader);
expectType<cloudExtension.CloudAsset>(null! as CloudAsset);
expectType<cloudExtension.CloudAssets>(null! as CloudAssets);
expectType<cloudExtension.CloudData>(null! as CloudData);
expectType<cloudExtension.CloudDB>(null! as CloudDB);
expectType<cloudExtension.CloudInfo>(null! as CloudInfo);
expectType<cloudExtension.CloudService>(null! as CloudService);
expectType<cloudExtension.CloudType>(null! as CloudType);
expectType<cloudExtension.Database>(null! as Database);
expectType<cloudExtension.ErrorCode>(null! as ErrorCode);
expectType<cloudExtension.ExtensionValue>(null! as ExtensionValue);
expectType<cloudExtension.Field>(null! as Field);
expectType<cloudExtension.FieldType>(null! as FieldType);
expectType<cloudExtension.Flag>(null! as Flag);
expectType<cloudExtension.LockInfo>(null! as LockInfo);
expectType<cloudExtension.Result<Array<string>>>(null! as Result<Array<string>>);
expectType<cloudExtension.ServiceInfo>(null! as ServiceInfo);
expectType<cloudExtension.ShareCenter>(null! as ShareCenter);
expectType<cloudExtension.SubscribeId>(null! as SubscribeId);
expectType<cloudExtension.SubscribeInfo>(null! as SubscribeInfo);
expectType<cloudExtension.Table>(null! as Table);
// and SyncStatus, which only the package has, is ErrorCode.
expectType<cloudExtension.ErrorCode>(null! as SyncStatus);
expectType<SyncStatus>(null! as cloudExtension.ErrorCode);

// The stub functions, as types (`typeof`), are the platform module's.
expectType<typeof cloudExtension.createCloudServiceStub>(null! as typeof createCloudServiceStub);
expectType<typeof cloudExtension.createShareServiceStub>(null! as typeof createShareServiceStub);
expectType<typeof cloudExtension.createCloudDBStub>(null! as typeof createCloudDBStub);
expectType<typeof cloudExtension.createAssetLoaderStub>(null! as typeof createAssetLoaderStub);
expectType<(instance: CloudDB) => Promise<rpc.RemoteObject>>(null! as typeof createCloudDBStub);

// Enum members are usable in type positions.
expectType<cloudExtension.ErrorCode.LOCKED_BY_OTHERS>(null! as ErrorCode.LOCKED_BY_OTHERS);
expectType<cloudExtension.FieldType.ASSETS>(null! as FieldType.ASSETS);
expectType<cloudExtension.Flag.DELETE>(null! as Flag.DELETE);
expectAssignable<4>(null! as ErrorCode.LOCKED_BY_OTHERS);

// A vendor can write its whole implementation against the root entry's names.
export declare class RootCloudDB implements CloudDB {
  generateId(count: number): Promise<Result<Array<string>>>;
  insert(
    table: string,
    values: Array<Record<string, CloudType>>,
    extensions: Array<Record<string, CloudType>>
  ): Promise<Array<Result<Record<string, CloudType>>>>;
  update(
    table: string,
    values: Array<Record<string, CloudType>>,
    extensions: Array<Record<string, CloudType>>
  ): Promise<Array<Result<Record<string, CloudType>>>>;
  delete(table: string, extensions: Array<Record<string, CloudType>>): Promise<Array<Result<Record<string, CloudType>>>>;
  query(table: string, fields: Array<string>, queryCount: number, queryCursor: string): Promise<Result<CloudData>>;
  lock(): Promise<Result<LockInfo>>;
  heartbeat(lockId: number): Promise<Result<LockInfo>>;
  unlock(lockId: number): Promise<Result<boolean>>;
}
expectAssignable<cloudExtension.CloudDB>(null! as RootCloudDB);

// The root entry has no run-time values at all: enums and stub functions come from the device.
expectType<never>(null! as keyof typeof import('ohos-cloud-extension-types'));
// @ts-expect-error ErrorCode was imported with `import type`
expectAssignable<number>(ErrorCode.SUCCESS);
// @ts-expect-error FieldType was imported with `import type`
expectAssignable<number>(FieldType.TEXT);
// @ts-expect-error SyncStatus was imported with `import type`
expectAssignable<number>(SyncStatus.SUCCESS);
declare const db: CloudDB;
// @ts-expect-error createCloudDBStub was imported with `import type`
createCloudDBStub(db);
// @ts-expect-error createCloudServiceStub was imported with `import type`
expectAssignable<object>(createCloudServiceStub);
// @ts-expect-error createShareServiceStub was imported with `import type`
expectAssignable<object>(createShareServiceStub);
// @ts-expect-error createAssetLoaderStub was imported with `import type`
expectAssignable<object>(createAssetLoaderStub);
// @ts-expect-error a plain import of a type-only export is still a type only
expectAssignable<number>(FlagWithoutImportType.INSERT);
// The run-time values come from the platform module.
expectType<cloudExtension.Flag.INSERT>(cloudExtension.Flag.INSERT);
