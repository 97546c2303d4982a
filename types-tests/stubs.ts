/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import rpc from '@ohos.rpc';
import { expectAssignable, expectType } from 'tsd';

type CloudService = cloudExtension.CloudService;
type ShareCenter = cloudExtension.ShareCenter;
type CloudDB = cloudExtension.CloudDB;
type AssetLoader = cloudExtension.AssetLoader;

// Full signatures: one instance of the matching interface in, a remote object (in a Promise) out.
expectType<(instance: CloudService) => Promise<rpc.RemoteObject>>(cloudExtension.createCloudServiceStub);
expectType<(instance: ShareCenter) => Promise<rpc.RemoteObject>>(cloudExtension.createShareServiceStub);
expectType<(instance: CloudDB) => Promise<rpc.RemoteObject>>(cloudExtension.createCloudDBStub);
expectType<(instance: AssetLoader) => Promise<rpc.RemoteObject>>(cloudExtension.createAssetLoaderStub);

// The same, parameter lists and return types checked in both directions.
expectType<[instance: CloudService]>(null! as Parameters<typeof cloudExtension.createCloudServiceStub>);
expectAssignable<Parameters<typeof cloudExtension.createCloudServiceStub>>(null! as [instance: CloudService]);
expectType<Promise<rpc.RemoteObject>>(null! as ReturnType<typeof cloudExtension.createCloudServiceStub>);
expectAssignable<ReturnType<typeof cloudExtension.createCloudServiceStub>>(null! as Promise<rpc.RemoteObject>);

expectType<[instance: ShareCenter]>(null! as Parameters<typeof cloudExtension.createShareServiceStub>);
expectAssignable<Parameters<typeof cloudExtension.createShareServiceStub>>(null! as [instance: ShareCenter]);
expectType<Promise<rpc.RemoteObject>>(null! as ReturnType<typeof cloudExtension.createShareServiceStub>);
expectAssignable<ReturnType<typeof cloudExtension.createShareServiceStub>>(null! as Promise<rpc.RemoteObject>);

expectType<[instance: CloudDB]>(null! as Parameters<typeof cloudExtension.createCloudDBStub>);
expectAssignable<Parameters<typeof cloudExtension.createCloudDBStub>>(null! as [instance: CloudDB]);
expectType<Promise<rpc.RemoteObject>>(null! as ReturnType<typeof cloudExtension.createCloudDBStub>);
expectAssignable<ReturnType<typeof cloudExtension.createCloudDBStub>>(null! as Promise<rpc.RemoteObject>);

expectType<[instance: AssetLoader]>(null! as Parameters<typeof cloudExtension.createAssetLoaderStub>);
expectAssignable<Parameters<typeof cloudExtension.createAssetLoaderStub>>(null! as [instance: AssetLoader]);
expectType<Promise<rpc.RemoteObject>>(null! as ReturnType<typeof cloudExtension.createAssetLoaderStub>);
expectAssignable<ReturnType<typeof cloudExtension.createAssetLoaderStub>>(null! as Promise<rpc.RemoteObject>);

// Typical use: await the stub and hand it to the system.
declare const service: CloudService;
declare const center: ShareCenter;
declare const db: CloudDB;
declare const loader: AssetLoader;

export async function connectAll(): Promise<Array<rpc.RemoteObject>> {
  const serviceStub: rpc.RemoteObject = await cloudExtension.createCloudServiceStub(service);
  const shareStub: rpc.RemoteObject = await cloudExtension.createShareServiceStub(center);
  const dbStub: rpc.RemoteObject = await cloudExtension.createCloudDBStub(db);
  const loaderStub: rpc.RemoteObject = await cloudExtension.createAssetLoaderStub(loader);
  return [serviceStub, shareStub, dbStub, loaderStub];
}

// Each stub function needs its instance, and only an instance of its own interface.
// @ts-expect-error the instance is required
cloudExtension.createCloudServiceStub();
// @ts-expect-error the instance is required
cloudExtension.createShareServiceStub();
// @ts-expect-error the instance is required
cloudExtension.createCloudDBStub();
// @ts-expect-error the instance is required
cloudExtension.createAssetLoaderStub();
// @ts-expect-error a CloudDB is not a CloudService
cloudExtension.createCloudServiceStub(db);
// @ts-expect-error an AssetLoader is not a ShareCenter
cloudExtension.createShareServiceStub(loader);
// @ts-expect-error a CloudService is not a CloudDB
cloudExtension.createCloudDBStub(service);
// @ts-expect-error a ShareCenter is not an AssetLoader
cloudExtension.createAssetLoaderStub(center);
// @ts-expect-error the stub arrives in a Promise
expectAssignable<rpc.RemoteObject>(cloudExtension.createCloudDBStub(db));
// @ts-expect-error the stub arrives in a Promise
expectAssignable<rpc.RemoteObject>(cloudExtension.createCloudServiceStub(service));
