import cloudExtension from '@ohos.data.cloudExtension';
import ServiceExtensionAbility from '@ohos.app.ability.ServiceExtensionAbility';
import Want from '@ohos.app.ability.Want';
import rpc from '@ohos.rpc';
import { MyCloudService } from './cloud-service';

/**
 * The service extension the system connects to. Declared in the vendor's module.json5 as a
 * `service` extension ability; its `onConnect` hands the system the cloud service stub.
 */
export default class MyServiceExtension extends ServiceExtensionAbility {
  override onCreate(want: Want): void {
    console.info(`onCreate: ${want.abilityName ?? ''}`);
  }

  override onRequest(want: Want, startId: number): void {
    console.info(`onRequest: ${want.abilityName ?? ''} ${startId}`);
  }

  override onConnect(want: Want): rpc.RemoteObject | Promise<rpc.RemoteObject> {
    console.info(`onConnect: ${want.abilityName ?? ''}`);
    return cloudExtension.createCloudServiceStub(new MyCloudService());
  }

  override onDisconnect(want: Want): void {
    console.info(`onDisconnect: ${want.abilityName ?? ''}`);
  }

  override onDestroy(): void {
    console.info('onDestroy');
  }
}
