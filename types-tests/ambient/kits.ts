/// <reference types="ohos-cloud-extension-types" />
import {
  cloudData as cloudDataFromKit,
  cloudExtension as cloudExtensionFromKit,
  relationalStore as relationalStoreFromKit
} from '@kit.ArkData';
import { rpc as rpcFromKit } from '@kit.IPCKit';
import { ServiceExtensionAbility as ServiceExtensionAbilityFromKit, Want as WantFromKit } from '@kit.AbilityKit';
import cloudExtensionFromModule from '@ohos.data.cloudExtension';
import cloudDataFromModule from '@ohos.data.cloudData';
import relationalStoreFromModule from '@ohos.data.relationalStore';
import rpcFromModule from '@ohos.rpc';
import ServiceExtensionAbilityFromModule from '@ohos.app.ability.ServiceExtensionAbility';
import WantFromModule from '@ohos.app.ability.Want';
import { expectAssignable, expectType } from 'tsd';

// Each kit member is the very same object as its @ohos module's default export.
expectType<typeof cloudExtensionFromModule>(cloudExtensionFromKit);
expectAssignable<typeof cloudExtensionFromKit>(cloudExtensionFromModule);
expectType<typeof cloudDataFromModule>(cloudDataFromKit);
expectAssignable<typeof cloudDataFromKit>(cloudDataFromModule);
expectType<typeof relationalStoreFromModule>(relationalStoreFromKit);
expectAssignable<typeof relationalStoreFromKit>(relationalStoreFromModule);
expectType<typeof rpcFromModule>(rpcFromKit);
expectAssignable<typeof rpcFromKit>(rpcFromModule);
expectType<typeof ServiceExtensionAbilityFromModule>(ServiceExtensionAbilityFromKit);
expectType<typeof WantFromModule>(WantFromKit);

// ... and so are the types reached through them.
expectType<cloudExtensionFromModule.CloudDB>(null! as cloudExtensionFromKit.CloudDB);
expectType<cloudExtensionFromModule.ErrorCode>(null! as cloudExtensionFromKit.ErrorCode);
expectType<cloudDataFromModule.sharing.Participant>(null! as cloudDataFromKit.sharing.Participant);
expectType<relationalStoreFromModule.Asset>(null! as relationalStoreFromKit.Asset);
expectType<rpcFromModule.RemoteObject>(null! as rpcFromKit.RemoteObject);
expectType<ServiceExtensionAbilityFromModule>(null! as ServiceExtensionAbilityFromKit);
expectType<WantFromModule>(null! as WantFromKit);

// Each kit holds exactly the modules this package declares.
expectType<'cloudExtension' | 'cloudData' | 'relationalStore'>(null! as keyof typeof import('@kit.ArkData'));
expectAssignable<keyof typeof import('@kit.ArkData')>(null! as 'cloudExtension' | 'cloudData' | 'relationalStore');
expectType<'rpc'>(null! as keyof typeof import('@kit.IPCKit'));
expectType<'ServiceExtensionAbility' | 'Want'>(null! as keyof typeof import('@kit.AbilityKit'));
expectAssignable<keyof typeof import('@kit.AbilityKit')>(null! as 'ServiceExtensionAbility' | 'Want');

// Code written the way the kit documentation writes it compiles.
export class KitExtension extends ServiceExtensionAbilityFromKit {
  override onConnect(want: WantFromKit): Promise<rpcFromKit.RemoteObject> {
    const service = null! as cloudExtensionFromKit.CloudService;
    return cloudExtensionFromKit.createCloudServiceStub(service);
  }
}
expectAssignable<cloudExtensionFromKit.Result<void>>({ code: cloudExtensionFromKit.ErrorCode.SUCCESS });
