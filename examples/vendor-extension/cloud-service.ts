import cloudExtension from '@ohos.data.cloudExtension';
import rpc from '@ohos.rpc';
import { MyAssetLoader } from './asset-loader';
import { MyCloudDB } from './cloud-db';
import { MyShareCenter } from './share-center';

/** Account storage reported to the system, in KB. */
const TOTAL_SPACE_KB = 100 * 1024;
const USER_ID = 100;
const NOTES_BUNDLE = 'com.example.notes';

/** The vendor's entry point: reports the account and hands out the other three services. */
export class MyCloudService implements cloudExtension.CloudService {
  private readonly databases = new Map<string, MyCloudDB>();

  async getServiceInfo(): Promise<cloudExtension.ServiceInfo> {
    console.info('get service info');
    return {
      enableCloud: true,
      id: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      totalSpace: TOTAL_SPACE_KB,
      remainingSpace: TOTAL_SPACE_KB / 2,
      user: USER_ID
    };
  }

  async getAppBriefInfo(): Promise<Record<string, cloudExtension.AppBriefInfo>> {
    console.info('get app brief info');
    // A record filled key by key: ArkTS has no computed property names in object literals.
    const apps: Record<string, cloudExtension.AppBriefInfo> = {};
    apps[NOTES_BUNDLE] = { appId: 'notes-app', bundleName: NOTES_BUNDLE, cloudSwitch: true, instanceId: 0 };
    return apps;
  }

  async getAppSchema(bundleName: string): Promise<cloudExtension.Result<cloudExtension.AppSchema>> {
    console.info(`get app schema, bundleName: ${bundleName}`);
    const notes: cloudExtension.Table = {
      alias: 'notes_cloud',
      name: 'notes',
      fields: [
        { alias: 'title_cloud', colName: 'title', type: cloudExtension.FieldType.TEXT, primary: false, nullable: false },
        { alias: 'photo_cloud', colName: 'photo', type: cloudExtension.FieldType.ASSET, primary: false, nullable: true }
      ]
    };
    return {
      code: cloudExtension.ErrorCode.SUCCESS,
      description: 'get app schema success',
      value: { bundleName, version: 1, databases: [{ name: 'notes.db', alias: 'notes_cloud_db', tables: [notes] }] }
    };
  }

  async subscribe(
    subInfo: Record<string, Array<cloudExtension.Database>>,
    expirationTime: number
  ): Promise<cloudExtension.Result<cloudExtension.SubscribeInfo>> {
    console.info(`subscribe expirationTime: ${expirationTime}`);
    const subscribe: Record<string, Array<cloudExtension.SubscribeId>> = {};
    for (const bundleName of Object.keys(subInfo)) {
      const databases: Array<cloudExtension.Database> = subInfo[bundleName] ?? [];
      subscribe[bundleName] = databases.map((database: cloudExtension.Database): cloudExtension.SubscribeId => ({
        databaseAlias: database.alias,
        id: `${bundleName}/${database.alias}`
      }));
    }
    return {
      code: cloudExtension.ErrorCode.SUCCESS,
      description: 'subscribe success',
      value: { expirationTime, subscribe }
    };
  }

  async unsubscribe(unsubscribeInfo: Record<string, Array<string>>): Promise<number> {
    console.info(`unsubscribe, bundles: ${Object.keys(unsubscribeInfo).join(', ')}`);
    // Any number greater than 0 means success: the device's stub answers SUCCESS only for a
    // value > 0 (cloud_extension_stub.js:124), so ErrorCode.SUCCESS (0) would report a failure.
    return 1;
  }

  async connectDB(bundleName: string, database: cloudExtension.Database): Promise<rpc.RemoteObject> {
    console.info(`connect DB, bundleName: ${bundleName}`);
    const key = `${bundleName}/${database.alias}`;
    let db = this.databases.get(key);
    if (db === undefined) {
      db = new MyCloudDB(bundleName, database.alias);
      this.databases.set(key, db);
    }
    return cloudExtension.createCloudDBStub(db);
  }

  async connectAssetLoader(bundleName: string, database: cloudExtension.Database): Promise<rpc.RemoteObject> {
    console.info(`connect asset loader, bundle: ${bundleName}`);
    return cloudExtension.createAssetLoaderStub(new MyAssetLoader());
  }

  async connectShareCenter(userId: number, bundleName: string): Promise<rpc.RemoteObject> {
    console.info(`connect share center, bundle: ${bundleName}`);
    return cloudExtension.createShareServiceStub(new MyShareCenter());
  }
}
