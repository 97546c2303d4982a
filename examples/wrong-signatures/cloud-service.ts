import cloudExtension from '@ohos.data.cloudExtension';
import { MyCloudService } from '../vendor-extension/cloud-service';

/** Space is reported in KB as a number, not as a formatted string. */
export class TextSpaceService extends MyCloudService implements cloudExtension.CloudService {
  // @ts-expect-error getServiceInfo
  override async getServiceInfo(): Promise<{ enableCloud: boolean; id: string; totalSpace: string; remainingSpace: number; user: number }> {
    return { enableCloud: true, id: 'id', totalSpace: '100 KB', remainingSpace: 0, user: 100 };
  }
}

/** The schema belongs to one bundle: `bundleName` is a string. */
export class NumericBundleService extends MyCloudService implements cloudExtension.CloudService {
  // @ts-expect-error getAppSchema
  override async getAppSchema(bundleName: number): Promise<cloudExtension.Result<cloudExtension.AppSchema>> {
    return { code: cloudExtension.ErrorCode.SUCCESS };
  }
}
