/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import rpc from '@ohos.rpc';
import { expectAssignable, expectType } from 'tsd';

type CloudService = cloudExtension.CloudService;
type Result<T> = cloudExtension.Result<T>;
type ServiceInfo = cloudExtension.ServiceInfo;
type AppBriefInfo = cloudExtension.AppBriefInfo;
type AppSchema = cloudExtension.AppSchema;
type Database = cloudExtension.Database;
type SubscribeInfo = cloudExtension.SubscribeInfo;

type CloudServiceMethod =
  | 'getServiceInfo'
  | 'getAppBriefInfo'
  | 'getAppSchema'
  | 'subscribe'
  | 'unsubscribe'
  | 'connectDB'
  | 'connectAssetLoader'
  | 'connectShareCenter';

// The methods, exactly.
expectType<CloudServiceMethod>(null! as keyof CloudService);
expectAssignable<keyof CloudService>(null! as CloudServiceMethod);

// Each method's parameter list and return type (both directions, so a narrower or wider type fails).
expectType<[]>(null! as Parameters<CloudService['getServiceInfo']>);
expectAssignable<Parameters<CloudService['getServiceInfo']>>(null! as []);
expectType<Promise<ServiceInfo>>(null! as ReturnType<CloudService['getServiceInfo']>);
expectAssignable<ReturnType<CloudService['getServiceInfo']>>(null! as Promise<ServiceInfo>);

expectType<[]>(null! as Parameters<CloudService['getAppBriefInfo']>);
expectAssignable<Parameters<CloudService['getAppBriefInfo']>>(null! as []);
expectType<Promise<Record<string, AppBriefInfo>>>(null! as ReturnType<CloudService['getAppBriefInfo']>);
expectAssignable<ReturnType<CloudService['getAppBriefInfo']>>(null! as Promise<Record<string, AppBriefInfo>>);

expectType<[bundleName: string]>(null! as Parameters<CloudService['getAppSchema']>);
expectAssignable<Parameters<CloudService['getAppSchema']>>(null! as [bundleName: string]);
expectType<Promise<Result<AppSchema>>>(null! as ReturnType<CloudService['getAppSchema']>);
expectAssignable<ReturnType<CloudService['getAppSchema']>>(null! as Promise<Result<AppSchema>>);

expectType<[subInfo: Record<string, Array<Database>>, expirationTime: number]>(null! as Parameters<CloudService['subscribe']>);
expectAssignable<Parameters<CloudService['subscribe']>>(null! as [subInfo: Record<string, Array<Database>>, expirationTime: number]);
expectType<Promise<Result<SubscribeInfo>>>(null! as ReturnType<CloudService['subscribe']>);
expectAssignable<ReturnType<CloudService['subscribe']>>(null! as Promise<Result<SubscribeInfo>>);

expectType<[unsubscribeInfo: Record<string, Array<string>>]>(null! as Parameters<CloudService['unsubscribe']>);
expectAssignable<Parameters<CloudService['unsubscribe']>>(null! as [unsubscribeInfo: Record<string, Array<string>>]);
expectType<Promise<number>>(null! as ReturnType<CloudService['unsubscribe']>);
expectAssignable<ReturnType<CloudService['unsubscribe']>>(null! as Promise<number>);

expectType<[bundleName: string, database: Database]>(null! as Parameters<CloudService['connectDB']>);
expectAssignable<Parameters<CloudService['connectDB']>>(null! as [bundleName: string, database: Database]);
expectType<Promise<rpc.RemoteObject>>(null! as ReturnType<CloudService['connectDB']>);
expectAssignable<ReturnType<CloudService['connectDB']>>(null! as Promise<rpc.RemoteObject>);

expectType<[bundleName: string, database: Database]>(null! as Parameters<CloudService['connectAssetLoader']>);
expectAssignable<Parameters<CloudService['connectAssetLoader']>>(null! as [bundleName: string, database: Database]);
expectType<Promise<rpc.RemoteObject>>(null! as ReturnType<CloudService['connectAssetLoader']>);
expectAssignable<ReturnType<CloudService['connectAssetLoader']>>(null! as Promise<rpc.RemoteObject>);

expectType<[userId: number, bundleName: string]>(null! as Parameters<CloudService['connectShareCenter']>);
expectAssignable<Parameters<CloudService['connectShareCenter']>>(null! as [userId: number, bundleName: string]);
expectType<Promise<rpc.RemoteObject>>(null! as ReturnType<CloudService['connectShareCenter']>);
expectAssignable<ReturnType<CloudService['connectShareCenter']>>(null! as Promise<rpc.RemoteObject>);

// The records are keyed by bundle name. Their key type is pinned on its own: assignability in both
// directions does not tell a string-keyed record from a number-keyed or key-less one.
expectType<string>(null! as keyof Parameters<CloudService['subscribe']>[0]);
expectAssignable<keyof Parameters<CloudService['subscribe']>[0]>(null! as string);
expectType<string>(null! as keyof Parameters<CloudService['unsubscribe']>[0]);
expectAssignable<keyof Parameters<CloudService['unsubscribe']>[0]>(null! as string);
expectType<string>(null! as keyof Awaited<ReturnType<CloudService['getAppBriefInfo']>>);
expectAssignable<keyof Awaited<ReturnType<CloudService['getAppBriefInfo']>>>(null! as string);

// A complete vendor implementation compiles, handing out stubs for its other interfaces.
declare const databases: cloudExtension.CloudDB;
declare const loader: cloudExtension.AssetLoader;
declare const shareCenter: cloudExtension.ShareCenter;
declare const schema: AppSchema;

export class AccountCloudService implements CloudService {
  private readonly subscriptions = new Map<string, string>();

  async getServiceInfo(): Promise<ServiceInfo> {
    return { enableCloud: true, id: 'account-1', totalSpace: 5 * 1024 ** 3, remainingSpace: 1024 ** 3, user: 100 };
  }

  async getAppBriefInfo(): Promise<Record<string, AppBriefInfo>> {
    return { 'com.example.notes': { appId: 'app-1', bundleName: 'com.example.notes', cloudSwitch: true, instanceId: 0 } };
  }

  async getAppSchema(bundleName: string): Promise<Result<AppSchema>> {
    return bundleName === schema.bundleName
      ? { code: cloudExtension.ErrorCode.SUCCESS, value: schema }
      : { code: cloudExtension.ErrorCode.UNKNOWN_ERROR, description: `no schema for ${bundleName}` };
  }

  async subscribe(subInfo: Record<string, Array<Database>>, expirationTime: number): Promise<Result<SubscribeInfo>> {
    const subscribe: Record<string, Array<cloudExtension.SubscribeId>> = {};
    for (const [bundleName, dbs] of Object.entries(subInfo)) {
      subscribe[bundleName] = dbs.map((db) => {
        const id = `${bundleName}/${db.alias}`;
        this.subscriptions.set(id, db.alias);
        return { databaseAlias: db.alias, id };
      });
    }
    return { code: cloudExtension.ErrorCode.SUCCESS, value: { expirationTime, subscribe } };
  }

  async unsubscribe(unsubscribeInfo: Record<string, Array<string>>): Promise<number> {
    for (const ids of Object.values(unsubscribeInfo)) {
      ids.forEach((id) => this.subscriptions.delete(id));
    }
    return cloudExtension.ErrorCode.SUCCESS;
  }

  async connectDB(bundleName: string, database: Database): Promise<rpc.RemoteObject> {
    return cloudExtension.createCloudDBStub(databases);
  }

  async connectAssetLoader(bundleName: string, database: Database): Promise<rpc.RemoteObject> {
    return cloudExtension.createAssetLoaderStub(loader);
  }

  async connectShareCenter(userId: number, bundleName: string): Promise<rpc.RemoteObject> {
    return cloudExtension.createShareServiceStub(shareCenter);
  }
}
expectAssignable<CloudService>(new AccountCloudService());

// How the system calls it: every argument is required.
declare const service: CloudService;
declare const database: Database;
expectType<Promise<Result<SubscribeInfo>>>(service.subscribe({ 'com.example.notes': [database] }, 7 * 24 * 60 * 60 * 1000));
expectType<Promise<number>>(service.unsubscribe({ 'com.example.notes': ['com.example.notes/notes_cloud'] }));
// @ts-expect-error subscribe needs the expiration time
service.subscribe({ 'com.example.notes': [database] });
// @ts-expect-error connectDB needs the database
service.connectDB('com.example.notes');
// @ts-expect-error connectShareCenter takes the OS user id first
service.connectShareCenter('com.example.notes', 100);
// @ts-expect-error getAppSchema needs the bundle name
service.getAppSchema();

// Vendor mistakes the compiler must catch.
// @ts-expect-error `connectShareCenter` is missing
export declare class NoSharing implements CloudService {
  getServiceInfo: CloudService['getServiceInfo'];
  getAppBriefInfo: CloudService['getAppBriefInfo'];
  getAppSchema: CloudService['getAppSchema'];
  subscribe: CloudService['subscribe'];
  unsubscribe: CloudService['unsubscribe'];
  connectDB: CloudService['connectDB'];
  connectAssetLoader: CloudService['connectAssetLoader'];
}
// @ts-expect-error `connectShareCenter` is missing
expectAssignable<CloudService>(null! as NoSharing);

export declare class WrongParameterType implements CloudService {
  getServiceInfo: CloudService['getServiceInfo'];
  getAppBriefInfo: CloudService['getAppBriefInfo'];
  getAppSchema: CloudService['getAppSchema'];
  // @ts-expect-error the databases come keyed by bundle name
  subscribe(subInfo: Array<Database>, expirationTime: number): Promise<Result<SubscribeInfo>>;
  unsubscribe: CloudService['unsubscribe'];
  connectDB: CloudService['connectDB'];
  connectAssetLoader: CloudService['connectAssetLoader'];
  // @ts-expect-error the user id is a number
  connectShareCenter(userId: string, bundleName: string): Promise<rpc.RemoteObject>;
}

export declare class WrongReturnType implements CloudService {
  // @ts-expect-error the service info is returned as is, not wrapped in a Result
  getServiceInfo(): Promise<Result<ServiceInfo>>;
  // @ts-expect-error the brief infos are keyed by bundle name
  getAppBriefInfo(): Promise<Array<AppBriefInfo>>;
  getAppSchema: CloudService['getAppSchema'];
  subscribe: CloudService['subscribe'];
  // @ts-expect-error unsubscribe reports a number
  unsubscribe(unsubscribeInfo: Record<string, Array<string>>): Promise<Result<void>>;
  // @ts-expect-error connectDB hands out a remote object, not the database itself
  connectDB(bundleName: string, database: Database): Promise<cloudExtension.CloudDB>;
  connectAssetLoader: CloudService['connectAssetLoader'];
  connectShareCenter: CloudService['connectShareCenter'];
}

export declare class UnwrappedPromise implements CloudService {
  getServiceInfo: CloudService['getServiceInfo'];
  getAppBriefInfo: CloudService['getAppBriefInfo'];
  // @ts-expect-error the schema must come in a Promise
  getAppSchema(bundleName: string): Result<AppSchema>;
  subscribe: CloudService['subscribe'];
  unsubscribe: CloudService['unsubscribe'];
  connectDB: CloudService['connectDB'];
  // @ts-expect-error the stub must come in a Promise
  connectAssetLoader(bundleName: string, database: Database): rpc.RemoteObject;
  connectShareCenter: CloudService['connectShareCenter'];
}
