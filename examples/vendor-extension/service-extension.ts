import cloudExtension from '@ohos.data.cloudExtension';
import hilog from '@ohos.hilog';
import ServiceExtensionAbility from '@ohos.app.ability.ServiceExtensionAbility';
import Want from '@ohos.app.ability.Want';
import rpc from '@ohos.rpc';
import { MyCloudService } from './cloud-service';
import { LOG_DOMAIN, LOG_TAG } from './cloud-client';

/**
 * The service extension the system connects to. Declared in the vendor's module.json5 as a
 * `service` extension ability; its `onConnect` hands the system the cloud service stub.
 */
export default class MyServiceExtension extends ServiceExtensionAbility {
  override onCreate(want: Want): void {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'onCreate: %{public}s', want.abilityName ?? '');
  }

  override onRequest(want: Want, startId: number): void {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'onRequest: %{public}s %{public}d', want.abilityName ?? '', startId);
  }

  override onConnect(want: Want): rpc.RemoteObject | Promise<rpc.RemoteObject> {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'onConnect: %{public}s', want.abilityName ?? '');
    return cloudExtension.createCloudServiceStub(new MyCloudService());
  }

  override onDisconnect(want: Want): void {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'onDisconnect: %{public}s', want.abilityName ?? '');
  }

  override onDestroy(): void {
    hilog.info(LOG_DOMAIN, LOG_TAG, 'onDestroy');
  }
}
