/// <reference types="ohos-cloud-extension-types" />
import rpc from '@ohos.rpc';
import cloudData from '@ohos.data.cloudData';
import relationalStore from '@ohos.data.relationalStore';
import ServiceExtensionAbility from '@ohos.app.ability.ServiceExtensionAbility';
import Want from '@ohos.app.ability.Want';
import { expectAssignable, expectType } from 'tsd';

// Each platform module is a thin alias: its default export is the package's companion module.
expectType<typeof import('ohos-cloud-extension-types/src/companions/ohos.rpc')>(rpc);
expectAssignable<typeof rpc>(null! as typeof import('ohos-cloud-extension-types/src/companions/ohos.rpc'));
expectType<typeof import('ohos-cloud-extension-types/src/companions/ohos.data.cloudData')>(cloudData);
expectAssignable<typeof cloudData>(null! as typeof import('ohos-cloud-extension-types/src/companions/ohos.data.cloudData'));
expectType<typeof import('ohos-cloud-extension-types/src/companions/ohos.data.relationalStore')>(relationalStore);
expectAssignable<typeof relationalStore>(null! as typeof import('ohos-cloud-extension-types/src/companions/ohos.data.relationalStore'));
expectType<typeof import('ohos-cloud-extension-types/src/companions/ohos.app.ability.ServiceExtensionAbility').default>(
  ServiceExtensionAbility
);
expectType<typeof import('ohos-cloud-extension-types/src/companions/ohos.app.ability.Want').default>(Want);

// And nothing else: no named exports beside the default one.
expectType<'default'>(null! as keyof typeof import('@ohos.rpc'));
expectType<'default'>(null! as keyof typeof import('@ohos.data.cloudData'));
expectType<'default'>(null! as keyof typeof import('@ohos.data.relationalStore'));
expectType<'default'>(null! as keyof typeof import('@ohos.app.ability.ServiceExtensionAbility'));
expectType<'default'>(null! as keyof typeof import('@ohos.app.ability.Want'));

// The default exports work in type positions too, the way SDK code uses them.
expectType<import('ohos-cloud-extension-types/src/companions/ohos.rpc').RemoteObject>(null! as rpc.RemoteObject);
expectType<import('ohos-cloud-extension-types/src/companions/ohos.data.cloudData').sharing.Participant>(
  null! as cloudData.sharing.Participant
);
expectType<import('ohos-cloud-extension-types/src/companions/ohos.data.relationalStore').Asset>(null! as relationalStore.Asset);
expectType<import('ohos-cloud-extension-types/src/companions/ohos.app.ability.ServiceExtensionAbility').default>(
  null! as ServiceExtensionAbility
);
expectType<import('ohos-cloud-extension-types/src/companions/ohos.app.ability.Want').default>(null! as Want);

// The two ability modules export classes, so a service extension can extend and construct them.
export class MinimalExtension extends ServiceExtensionAbility {
  override onConnect(want: Want): rpc.RemoteObject {
    return new rpc.RemoteObject(want.bundleName ?? '');
  }
}
expectType<Want>(new Want());

// The platform's data types are reachable through the default exports.
expectAssignable<relationalStore.Asset>(null! as import('@ohos.data.cloudExtension').default.CloudAsset);
expectAssignable<number>(cloudData.sharing.SharingCode.RATE_LIMIT);
