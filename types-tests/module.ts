/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

// The platform module is exactly the package's module entry.
expectType<typeof import('ohos-cloud-extension-types/src/module')>(cloudExtension);
expectAssignable<typeof cloudExtension>(null! as typeof import('ohos-cloud-extension-types/src/module'));

// Its run-time values, exactly: three enums and four stub functions.
type ValueExport =
  'ErrorCode' | 'FieldType' | 'Flag' | 'createCloudServiceStub' | 'createShareServiceStub' | 'createCloudDBStub' | 'createAssetLoaderStub';
expectType<ValueExport>(null! as keyof typeof cloudExtension);
expectAssignable<keyof typeof cloudExtension>(null! as ValueExport);

// Its types, each the declaration of the same name.
expectType<import('ohos-cloud-extension-types/src/result').Result<string>>(null! as cloudExtension.Result<string>);
expectType<import('ohos-cloud-extension-types/src/cloud-asset').CloudAsset>(null! as cloudExtension.CloudAsset);
expectType<import('ohos-cloud-extension-types/src/cloud-asset').CloudAssets>(null! as cloudExtension.CloudAssets);
expectType<import('ohos-cloud-extension-types/src/cloud-type').CloudType>(null! as cloudExtension.CloudType);
expectType<import('ohos-cloud-extension-types/src/cloud-info').CloudInfo>(null! as cloudExtension.CloudInfo);
expectType<import('ohos-cloud-extension-types/src/service-info').ServiceInfo>(null! as cloudExtension.ServiceInfo);
expectType<import('ohos-cloud-extension-types/src/app-brief-info').AppBriefInfo>(null! as cloudExtension.AppBriefInfo);
expectType<import('ohos-cloud-extension-types/src/field-type').FieldType>(null! as cloudExtension.FieldType);
expectType<import('ohos-cloud-extension-types/src/field').Field>(null! as cloudExtension.Field);
expectType<import('ohos-cloud-extension-types/src/table').Table>(null! as cloudExtension.Table);
expectType<import('ohos-cloud-extension-types/src/database').Database>(null! as cloudExtension.Database);
expectType<import('ohos-cloud-extension-types/src/app-schema').AppSchema>(null! as cloudExtension.AppSchema);
expectType<import('ohos-cloud-extension-types/src/cloud-data').CloudData>(null! as cloudExtension.CloudData);
expectType<import('ohos-cloud-extension-types/src/subscribe-info').SubscribeInfo>(null! as cloudExtension.SubscribeInfo);
expectType<import('ohos-cloud-extension-types/src/subscribe-id').SubscribeId>(null! as cloudExtension.SubscribeId);
expectType<import('ohos-cloud-extension-types/src/flag').Flag>(null! as cloudExtension.Flag);
expectType<import('ohos-cloud-extension-types/src/extension-value').ExtensionValue>(null! as cloudExtension.ExtensionValue);
expectType<import('ohos-cloud-extension-types/src/lock-info').LockInfo>(null! as cloudExtension.LockInfo);
expectType<import('ohos-cloud-extension-types/src/error-code').ErrorCode>(null! as cloudExtension.ErrorCode);
expectType<import('ohos-cloud-extension-types/src/cloud-db').CloudDB>(null! as cloudExtension.CloudDB);
expectType<import('ohos-cloud-extension-types/src/asset-loader').AssetLoader>(null! as cloudExtension.AssetLoader);
expectType<import('ohos-cloud-extension-types/src/share-center').ShareCenter>(null! as cloudExtension.ShareCenter);
expectType<import('ohos-cloud-extension-types/src/cloud-service').CloudService>(null! as cloudExtension.CloudService);

// Its stub functions, each the declaration of the same name.
expectType<typeof import('ohos-cloud-extension-types/src/stubs').createCloudServiceStub>(cloudExtension.createCloudServiceStub);
expectType<typeof import('ohos-cloud-extension-types/src/stubs').createShareServiceStub>(cloudExtension.createShareServiceStub);
expectType<typeof import('ohos-cloud-extension-types/src/stubs').createCloudDBStub>(cloudExtension.createCloudDBStub);
expectType<typeof import('ohos-cloud-extension-types/src/stubs').createAssetLoaderStub>(cloudExtension.createAssetLoaderStub);

// `SyncStatus` is this package's name for ErrorCode; the platform module does not have it.
// @ts-expect-error not a value of the platform module
expectAssignable<object>(cloudExtension.SyncStatus);
// @ts-expect-error not a type of the platform module
expectAssignable<cloudExtension.SyncStatus>(0);
// The module has no default export of its own.
// @ts-expect-error no `default` member
expectAssignable<object>(cloudExtension.default);
