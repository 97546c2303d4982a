import cloudExtension from '@ohos.data.cloudExtension';
import hilog from '@ohos.hilog';
import http from '@ohos.net.http';
import rpc from '@ohos.rpc';
import { MyAssetLoader } from './asset-loader';
import { callCloud, LOG_DOMAIN, LOG_TAG, segment } from './cloud-client';
import { MyCloudDB } from './cloud-db';
import { MyShareCenter } from './share-center';

/** The body of a subscription. */
interface SubscribeBody {
  subInfo: Record<string, Array<cloudExtension.Database>>;
  expirationTime: number;
}

/** The body of an unsubscription. */
interface UnsubscribeBody {
  unsubscribeInfo: Record<string, Array<string>>;
}

/** The cloud's answer to an unsubscription: `value` is what the device reads. */
interface UnsubscribeAnswer {
  value: number;
}

/**
 * The vendor's entry point: asks the cloud for the account, its applications, their schemas and
 * subscriptions, and hands out the other three services.
 */
export class MyCloudService implements cloudExtension.CloudService {
  private readonly databases = new Map<string, MyCloudDB>();

  async getServiceInfo(): Promise<cloudExtension.ServiceInfo> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'get service info');
    const reply = await callCloud(http.RequestMethod.GET, '/v1/service-info');
    if (reply.status === http.ResponseCode.OK && reply.body !== undefined) {
      return reply.body as cloudExtension.ServiceInfo;
    }
    // No answer: report the cloud as off, so the system does not sync now.
    return { enableCloud: false, id: '', totalSpace: 0, remainingSpace: 0, user: 0 };
  }

  async getAppBriefInfo(): Promise<Record<string, cloudExtension.AppBriefInfo>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'get app brief info');
    const reply = await callCloud(http.RequestMethod.GET, '/v1/apps');
    if (reply.status === http.ResponseCode.OK && reply.body !== undefined) {
      return reply.body as Record<string, cloudExtension.AppBriefInfo>;
    }
    const none: Record<string, cloudExtension.AppBriefInfo> = {};
    return none;
  }

  async getAppSchema(bundleName: string): Promise<cloudExtension.Result<cloudExtension.AppSchema>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'get app schema, bundle: %{public}s', bundleName);
    const reply = await callCloud(http.RequestMethod.GET, `/v1/apps/${segment(bundleName)}/schema`);
    if (reply.status === http.ResponseCode.OK && reply.body !== undefined) {
      return reply.body as cloudExtension.Result<cloudExtension.AppSchema>;
    }
    return { code: cloudExtension.ErrorCode.NETWORK_ERROR, description: 'the cloud did not answer' };
  }

  async subscribe(
    subInfo: Record<string, Array<cloudExtension.Database>>,
    expirationTime: number
  ): Promise<cloudExtension.Result<cloudExtension.SubscribeInfo>> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'subscribe, expirationTime: %{public}d', expirationTime);
    const body: SubscribeBody = { subInfo: subInfo, expirationTime: expirationTime };
    const reply = await callCloud(http.RequestMethod.POST, '/v1/subscriptions', body);
    if (reply.status === http.ResponseCode.OK && reply.body !== undefined) {
      return reply.body as cloudExtension.Result<cloudExtension.SubscribeInfo>;
    }
    return { code: cloudExtension.ErrorCode.NETWORK_ERROR, description: 'the cloud did not answer' };
  }

  async unsubscribe(unsubscribeInfo: Record<string, Array<string>>): Promise<number> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'unsubscribe, bundles: %{public}s', Object.keys(unsubscribeInfo).join(', '));
    const body: UnsubscribeBody = { unsubscribeInfo: unsubscribeInfo };
    const reply = await callCloud(http.RequestMethod.POST, '/v1/subscriptions/cancel', body);
    if (reply.status === http.ResponseCode.OK && reply.body !== undefined) {
      // Greater than 0 means success: the device's stub answers SUCCESS only for a value > 0
      // (cloud_extension_stub.js:124), which the cloud's answer keeps.
      return (reply.body as UnsubscribeAnswer).value;
    }
    return 0;
  }

  async connectDB(bundleName: string, database: cloudExtension.Database): Promise<rpc.RemoteObject> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'connect DB, bundle: %{public}s, database: %{public}s', bundleName, database.alias);
    const key = `${bundleName}/${database.alias}`;
    let db = this.databases.get(key);
    if (db === undefined) {
      db = new MyCloudDB(bundleName, database.alias);
      this.databases.set(key, db);
    }
    return cloudExtension.createCloudDBStub(db);
  }

  async connectAssetLoader(bundleName: string, database: cloudExtension.Database): Promise<rpc.RemoteObject> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'connect asset loader, bundle: %{public}s', bundleName);
    return cloudExtension.createAssetLoaderStub(new MyAssetLoader(bundleName, database.alias));
  }

  async connectShareCenter(userId: number, bundleName: string): Promise<rpc.RemoteObject> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'connect share center, bundle: %{public}s', bundleName);
    return cloudExtension.createShareServiceStub(new MyShareCenter());
  }
}
