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
  onCreate(want: Want): void {
    console.info(`onCreate: ${want.abilityName ?? ''}`);
  }

  onRequest(want: Want, startId: number): void {
    console.info(`onRequest: ${want.abilityName ?? ''} ${startId}`);
  }

  onConnect(want: Want): rpc.RemoteObject | Promise<rpc.RemoteObject> {
    console.info(`onConnect: ${want.abilityName ?? ''}`);
    return cloudExtension.createCloudServiceStub(new MyCloudService());
  }

  onDisconnect(want: Want): void {
    console.info(`onDisconnect: ${want.abilityName ?? ''}`);
  }

  onDestroy(): void {
    console.info('onDestroy');
  }
}
