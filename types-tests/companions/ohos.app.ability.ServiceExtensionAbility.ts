/// <reference types="ohos-cloud-extension-types" />
import ServiceExtensionAbility from '@ohos.app.ability.ServiceExtensionAbility';
import Want from '@ohos.app.ability.Want';
import rpc from '@ohos.rpc';
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type Lifecycle = 'onCreate' | 'onDestroy' | 'onRequest' | 'onConnect' | 'onDisconnect' | 'onReconnect' | 'onDump';

// The lifecycle methods, exactly.
expectType<Lifecycle>(null! as keyof ServiceExtensionAbility);
expectAssignable<keyof ServiceExtensionAbility>(null! as Lifecycle);
expectType<[]>(null! as ConstructorParameters<typeof ServiceExtensionAbility>);

// Each method's parameter list and return type (both directions where a type could narrow).
expectType<[want: Want]>(null! as Parameters<ServiceExtensionAbility['onCreate']>);
expectType<void>(null! as ReturnType<ServiceExtensionAbility['onCreate']>);
expectType<[]>(null! as Parameters<ServiceExtensionAbility['onDestroy']>);
expectType<void>(null! as ReturnType<ServiceExtensionAbility['onDestroy']>);
expectType<[want: Want, startId: number]>(null! as Parameters<ServiceExtensionAbility['onRequest']>);
expectType<void>(null! as ReturnType<ServiceExtensionAbility['onRequest']>);
expectType<[want: Want]>(null! as Parameters<ServiceExtensionAbility['onConnect']>);
expectType<rpc.RemoteObject | Promise<rpc.RemoteObject>>(null! as ReturnType<ServiceExtensionAbility['onConnect']>);
expectAssignable<ReturnType<ServiceExtensionAbility['onConnect']>>(null! as rpc.RemoteObject | Promise<rpc.RemoteObject>);
expectType<[want: Want]>(null! as Parameters<ServiceExtensionAbility['onDisconnect']>);
expectType<void | Promise<void>>(null! as ReturnType<ServiceExtensionAbility['onDisconnect']>);
expectAssignable<ReturnType<ServiceExtensionAbility['onDisconnect']>>(null! as void | Promise<void>);
expectType<[want: Want]>(null! as Parameters<ServiceExtensionAbility['onReconnect']>);
expectType<void>(null! as ReturnType<ServiceExtensionAbility['onReconnect']>);
expectType<[params: Array<string>]>(null! as Parameters<ServiceExtensionAbility['onDump']>);
expectAssignable<Parameters<ServiceExtensionAbility['onDump']>>(null! as [params: Array<string>]);
expectType<Array<string>>(null! as ReturnType<ServiceExtensionAbility['onDump']>);
expectAssignable<ReturnType<ServiceExtensionAbility['onDump']>>(null! as Array<string>);

// A cloud extension: connect hands the system a stub, synchronously or in a Promise.
declare const service: cloudExtension.CloudService;

export class CloudExtension extends ServiceExtensionAbility {
  private connections = 0;

  override onCreate(want: Want): void {
    this.connections = 0;
  }

  override onRequest(want: Want, startId: number): void {
    this.connections += startId > 0 ? 0 : 1;
  }

  override onConnect(want: Want): Promise<rpc.RemoteObject> {
    this.connections++;
    return cloudExtension.createCloudServiceStub(service);
  }

  override async onDisconnect(want: Want): Promise<void> {
    this.connections--;
  }

  override onDump(params: Array<string>): Array<string> {
    return [...params, `connections: ${this.connections}`];
  }
}
expectAssignable<ServiceExtensionAbility>(new CloudExtension());

export class SyncStub extends ServiceExtensionAbility {
  override onConnect(want: Want): rpc.RemoteObject {
    return new rpc.RemoteObject(want.abilityName ?? 'CloudExtension');
  }
}

// Lifecycle mistakes the compiler must catch.
export declare class WrongConnect extends ServiceExtensionAbility {
  // @ts-expect-error onConnect returns a remote object, not the service itself
  override onConnect(want: Want): Promise<cloudExtension.CloudService>;
}
export declare class WrongRequest extends ServiceExtensionAbility {
  // @ts-expect-error the start id is a number
  override onRequest(want: Want, startId: string): void;
}
export declare class WrongDump extends ServiceExtensionAbility {
  // @ts-expect-error onDump returns its lines synchronously
  override onDump(params: Array<string>): Promise<Array<string>>;
}
// @ts-expect-error onConnect needs the Want
new CloudExtension().onConnect();
