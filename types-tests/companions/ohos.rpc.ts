/// <reference types="ohos-cloud-extension-types" />
import rpc from '@ohos.rpc';
import { expectAssignable, expectDocCommentIncludes, expectType } from 'tsd';

// The subset's run-time values: four classes (the interfaces are types only).
type RpcValue = 'MessageSequence' | 'MessageOption' | 'IRemoteObject' | 'RemoteObject';
expectType<RpcValue>(null! as keyof typeof rpc);
expectAssignable<keyof typeof rpc>(null! as RpcValue);

// IRemoteBroker
expectType<'asObject'>(null! as keyof rpc.IRemoteBroker);
expectType<[]>(null! as Parameters<rpc.IRemoteBroker['asObject']>);
expectType<rpc.IRemoteObject>(null! as ReturnType<rpc.IRemoteBroker['asObject']>);
expectAssignable<ReturnType<rpc.IRemoteBroker['asObject']>>(null! as rpc.IRemoteObject);

// DeathRecipient
expectType<'onRemoteDied'>(null! as keyof rpc.DeathRecipient);
expectType<[]>(null! as Parameters<rpc.DeathRecipient['onRemoteDied']>);
expectType<void>(null! as ReturnType<rpc.DeathRecipient['onRemoteDied']>);
expectAssignable<rpc.DeathRecipient>({ onRemoteDied: () => undefined });

// MessageSequence: a static factory and typed reads and writes.
type MessageSequenceMember =
  'reclaim' | 'writeInterfaceToken' | 'readInterfaceToken' | 'writeInt' | 'readInt' | 'writeString' | 'readString';
expectType<MessageSequenceMember>(null! as keyof rpc.MessageSequence);
expectAssignable<keyof rpc.MessageSequence>(null! as MessageSequenceMember);
expectType<'prototype' | 'create'>(null! as keyof typeof rpc.MessageSequence);
expectType<[]>(null! as ConstructorParameters<typeof rpc.MessageSequence>);
expectType<[]>(null! as Parameters<typeof rpc.MessageSequence.create>);
expectType<rpc.MessageSequence>(rpc.MessageSequence.create());
expectType<[]>(null! as Parameters<rpc.MessageSequence['reclaim']>);
expectType<void>(null! as ReturnType<rpc.MessageSequence['reclaim']>);
expectType<[token: string]>(null! as Parameters<rpc.MessageSequence['writeInterfaceToken']>);
expectType<void>(null! as ReturnType<rpc.MessageSequence['writeInterfaceToken']>);
expectType<[]>(null! as Parameters<rpc.MessageSequence['readInterfaceToken']>);
expectType<string>(null! as ReturnType<rpc.MessageSequence['readInterfaceToken']>);
expectType<[val: number]>(null! as Parameters<rpc.MessageSequence['writeInt']>);
expectType<void>(null! as ReturnType<rpc.MessageSequence['writeInt']>);
expectType<[]>(null! as Parameters<rpc.MessageSequence['readInt']>);
expectType<number>(null! as ReturnType<rpc.MessageSequence['readInt']>);
expectType<[val: string]>(null! as Parameters<rpc.MessageSequence['writeString']>);
expectType<void>(null! as ReturnType<rpc.MessageSequence['writeString']>);
expectType<[]>(null! as Parameters<rpc.MessageSequence['readString']>);
expectType<string>(null! as ReturnType<rpc.MessageSequence['readString']>);
// @ts-expect-error writeInt takes a number
rpc.MessageSequence.create().writeInt('1');
// @ts-expect-error writeString takes a string
rpc.MessageSequence.create().writeString(1);

// MessageOption: four mutable flag constants, two constructors, flag accessors.
type MessageOptionMember =
  | 'TF_SYNC'
  | 'TF_ASYNC'
  | 'TF_ACCEPT_FDS'
  | 'TF_WAIT_TIME'
  | 'getFlags'
  | 'setFlags'
  | 'isAsync'
  | 'setAsync'
  | 'getWaitTime'
  | 'setWaitTime';
expectType<MessageOptionMember>(null! as keyof rpc.MessageOption);
expectAssignable<keyof rpc.MessageOption>(null! as MessageOptionMember);
declare const option: rpc.MessageOption;
expectType<number>(option.TF_SYNC);
expectType<number>(option.TF_ASYNC);
expectType<number>(option.TF_ACCEPT_FDS);
expectType<number>(option.TF_WAIT_TIME);
option.TF_WAIT_TIME = 8;
// The flag fields are plain, writable fields, as in the SDK.
option.TF_SYNC = 0;
option.TF_ASYNC = 1;
option.TF_ACCEPT_FDS = 16;

type TwoConstructors<T> = T extends { new (...args: infer A): infer I; new (...args: infer B): infer J } ? [A, I, B, J] : never;
type MessageOptionConstructors = [
  [syncFlags?: number | undefined, waitTime?: number | undefined],
  rpc.MessageOption,
  [async?: boolean | undefined],
  rpc.MessageOption
];
expectType<MessageOptionConstructors>(null! as TwoConstructors<typeof rpc.MessageOption>);
expectAssignable<TwoConstructors<typeof rpc.MessageOption>>(null! as MessageOptionConstructors);
expectType<rpc.MessageOption>(new rpc.MessageOption());
expectType<rpc.MessageOption>(new rpc.MessageOption(option.TF_SYNC));
expectType<rpc.MessageOption>(new rpc.MessageOption(option.TF_ASYNC, 4));
expectType<rpc.MessageOption>(new rpc.MessageOption(true));
// @ts-expect-error no constructor takes a flag and a boolean
new rpc.MessageOption(true, 4);
// @ts-expect-error the flags are numbers
new rpc.MessageOption('sync');
// @ts-expect-error at most two arguments
new rpc.MessageOption(0, 4, 1);

expectType<[]>(null! as Parameters<rpc.MessageOption['getFlags']>);
expectType<number>(null! as ReturnType<rpc.MessageOption['getFlags']>);
expectType<[flags: number]>(null! as Parameters<rpc.MessageOption['setFlags']>);
expectType<void>(null! as ReturnType<rpc.MessageOption['setFlags']>);
expectType<[]>(null! as Parameters<rpc.MessageOption['isAsync']>);
expectType<boolean>(null! as ReturnType<rpc.MessageOption['isAsync']>);
expectType<[async: boolean]>(null! as Parameters<rpc.MessageOption['setAsync']>);
expectType<void>(null! as ReturnType<rpc.MessageOption['setAsync']>);
expectType<[]>(null! as Parameters<rpc.MessageOption['getWaitTime']>);
expectType<number>(null! as ReturnType<rpc.MessageOption['getWaitTime']>);
expectType<[waitTime: number]>(null! as Parameters<rpc.MessageOption['setWaitTime']>);
expectType<void>(null! as ReturnType<rpc.MessageOption['setWaitTime']>);

// RequestResult
interface RequestResultShape {
  errCode: number;
  code: number;
  data: rpc.MessageSequence;
  reply: rpc.MessageSequence;
}
expectType<RequestResultShape>(null! as rpc.RequestResult);
expectAssignable<rpc.RequestResult>(null! as RequestResultShape);
expectType<keyof RequestResultShape>(null! as keyof rpc.RequestResult);
expectAssignable<keyof rpc.RequestResult>(null! as keyof RequestResultShape);
declare const reply: rpc.RequestResult;
expectType<number>(reply.errCode);
expectType<number>(reply.code);
expectType<rpc.MessageSequence>(reply.data);
expectType<rpc.MessageSequence>(reply.reply);
// @ts-expect-error `errCode` is required
expectAssignable<rpc.RequestResult>(null! as Omit<rpc.RequestResult, 'errCode'>);
// @ts-expect-error `code` is required
expectAssignable<rpc.RequestResult>(null! as Omit<rpc.RequestResult, 'code'>);
// @ts-expect-error `data` is required
expectAssignable<rpc.RequestResult>(null! as Omit<rpc.RequestResult, 'data'>);
// @ts-expect-error `reply` is required
expectAssignable<rpc.RequestResult>(null! as Omit<rpc.RequestResult, 'reply'>);

// IRemoteObject: abstract.
type IRemoteObjectMember =
  'getLocalInterface' | 'sendMessageRequest' | 'registerDeathRecipient' | 'unregisterDeathRecipient' | 'getDescriptor' | 'isObjectDead';
expectType<IRemoteObjectMember>(null! as keyof rpc.IRemoteObject);
expectAssignable<keyof rpc.IRemoteObject>(null! as IRemoteObjectMember);
// @ts-expect-error an abstract class cannot be instantiated
new rpc.IRemoteObject();
type SendRequestParameters = [code: number, data: rpc.MessageSequence, reply: rpc.MessageSequence, options: rpc.MessageOption];
expectType<[descriptor: string]>(null! as Parameters<rpc.IRemoteObject['getLocalInterface']>);
expectType<rpc.IRemoteBroker>(null! as ReturnType<rpc.IRemoteObject['getLocalInterface']>);
expectType<SendRequestParameters>(null! as Parameters<rpc.IRemoteObject['sendMessageRequest']>);
expectAssignable<Parameters<rpc.IRemoteObject['sendMessageRequest']>>(null! as SendRequestParameters);
expectType<Promise<rpc.RequestResult>>(null! as ReturnType<rpc.IRemoteObject['sendMessageRequest']>);
expectAssignable<ReturnType<rpc.IRemoteObject['sendMessageRequest']>>(null! as Promise<rpc.RequestResult>);
expectType<[recipient: rpc.DeathRecipient, flags: number]>(null! as Parameters<rpc.IRemoteObject['registerDeathRecipient']>);
expectType<void>(null! as ReturnType<rpc.IRemoteObject['registerDeathRecipient']>);
expectType<[recipient: rpc.DeathRecipient, flags: number]>(null! as Parameters<rpc.IRemoteObject['unregisterDeathRecipient']>);
expectType<void>(null! as ReturnType<rpc.IRemoteObject['unregisterDeathRecipient']>);
expectType<[]>(null! as Parameters<rpc.IRemoteObject['getDescriptor']>);
expectType<string>(null! as ReturnType<rpc.IRemoteObject['getDescriptor']>);
expectType<[]>(null! as Parameters<rpc.IRemoteObject['isObjectDead']>);
expectType<boolean>(null! as ReturnType<rpc.IRemoteObject['isObjectDead']>);

// RemoteObject: what the stub functions return; a concrete IRemoteObject.
type RemoteObjectMember = IRemoteObjectMember | 'onRemoteMessageRequest' | 'getCallingPid' | 'getCallingUid' | 'modifyLocalInterface';
expectType<RemoteObjectMember>(null! as keyof rpc.RemoteObject);
expectAssignable<keyof rpc.RemoteObject>(null! as RemoteObjectMember);
expectAssignable<rpc.IRemoteObject>(null! as rpc.RemoteObject);
// @ts-expect-error an IRemoteObject lacks the serving side
expectAssignable<rpc.RemoteObject>(null! as rpc.IRemoteObject);
expectType<[descriptor: string]>(null! as ConstructorParameters<typeof rpc.RemoteObject>);
expectType<rpc.RemoteObject>(new rpc.RemoteObject('com.example.notes.CloudService'));
// @ts-expect-error the descriptor is required
new rpc.RemoteObject();

// RemoteObject declares these three again, as the SDK does: same signatures as IRemoteObject's,
// but hovers show the serving side's own docs.
declare const served: rpc.RemoteObject;
expectDocCommentIncludes<'registered under a descriptor with `modifyLocalInterface`'>(served.getLocalInterface);
expectDocCommentIncludes<'the object was made with'>(served.getDescriptor);
expectDocCommentIncludes<'Sends a call to this object'>(served.sendMessageRequest);
expectType<[descriptor: string]>(null! as Parameters<rpc.RemoteObject['getLocalInterface']>);
expectType<rpc.IRemoteBroker>(null! as ReturnType<rpc.RemoteObject['getLocalInterface']>);
expectType<[]>(null! as Parameters<rpc.RemoteObject['getDescriptor']>);
expectType<string>(null! as ReturnType<rpc.RemoteObject['getDescriptor']>);
expectType<SendRequestParameters>(null! as Parameters<rpc.RemoteObject['onRemoteMessageRequest']>);
expectAssignable<Parameters<rpc.RemoteObject['onRemoteMessageRequest']>>(null! as SendRequestParameters);
expectType<boolean | Promise<boolean>>(null! as ReturnType<rpc.RemoteObject['onRemoteMessageRequest']>);
expectAssignable<ReturnType<rpc.RemoteObject['onRemoteMessageRequest']>>(null! as boolean | Promise<boolean>);
expectType<SendRequestParameters>(null! as Parameters<rpc.RemoteObject['sendMessageRequest']>);
expectAssignable<Parameters<rpc.RemoteObject['sendMessageRequest']>>(null! as SendRequestParameters);
expectType<Promise<rpc.RequestResult>>(null! as ReturnType<rpc.RemoteObject['sendMessageRequest']>);
expectAssignable<ReturnType<rpc.RemoteObject['sendMessageRequest']>>(null! as Promise<rpc.RequestResult>);
expectType<[]>(null! as Parameters<rpc.RemoteObject['getCallingPid']>);
expectType<number>(null! as ReturnType<rpc.RemoteObject['getCallingPid']>);
expectType<[]>(null! as Parameters<rpc.RemoteObject['getCallingUid']>);
expectType<number>(null! as ReturnType<rpc.RemoteObject['getCallingUid']>);
expectType<[localInterface: rpc.IRemoteBroker, descriptor: string]>(null! as Parameters<rpc.RemoteObject['modifyLocalInterface']>);
expectType<void>(null! as ReturnType<rpc.RemoteObject['modifyLocalInterface']>);

// A hand-written stub: subclass RemoteObject and serve requests, synchronously or not.
export class EchoStub extends rpc.RemoteObject {
  constructor() {
    super('com.example.Echo');
  }

  override onRemoteMessageRequest(
    code: number,
    data: rpc.MessageSequence,
    reply: rpc.MessageSequence,
    options: rpc.MessageOption
  ): boolean | Promise<boolean> {
    if (data.readInterfaceToken() !== this.getDescriptor()) {
      return false;
    }
    reply.writeString(data.readString());
    return options.isAsync() ? Promise.resolve(true) : true;
  }
}
export declare class StringReplyStub extends rpc.RemoteObject {
  // @ts-expect-error the request handler answers with a boolean
  override onRemoteMessageRequest(code: number, data: rpc.MessageSequence, reply: rpc.MessageSequence, options: rpc.MessageOption): string;
}
