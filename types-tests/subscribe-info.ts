/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type SubscribeInfo = cloudExtension.SubscribeInfo;
type SubscribeId = cloudExtension.SubscribeId;

interface SubscribeInfoShape {
  expirationTime: number;
  subscribe: Record<string, Array<SubscribeId>>;
}

expectType<SubscribeInfoShape>(null! as SubscribeInfo);
expectAssignable<SubscribeInfo>(null! as SubscribeInfoShape);
expectType<keyof SubscribeInfoShape>(null! as keyof SubscribeInfo);
expectAssignable<keyof SubscribeInfo>(null! as keyof SubscribeInfoShape);

declare const info: SubscribeInfo;
expectType<number>(info.expirationTime);
expectType<Record<string, Array<SubscribeId>>>(info.subscribe);
expectAssignable<typeof info.subscribe>(null! as Record<string, Array<SubscribeId>>);
expectType<string>(null! as keyof typeof info.subscribe);
expectAssignable<keyof typeof info.subscribe>(null! as string);

// Every member is required.
expectAssignable<SubscribeInfo>({
  expirationTime: 7 * 24 * 60 * 60 * 1000,
  subscribe: { 'com.example.notes': [{ databaseAlias: 'notes_cloud', id: 'sub-1' }] }
});
// @ts-expect-error `expirationTime` is required
expectAssignable<SubscribeInfo>(null! as Omit<SubscribeInfo, 'expirationTime'>);
// @ts-expect-error `subscribe` is required
expectAssignable<SubscribeInfo>(null! as Omit<SubscribeInfo, 'subscribe'>);

// Wrong member types.
// @ts-expect-error one list of subscriptions per bundle name, not a single one
expectAssignable<Pick<SubscribeInfo, 'subscribe'>>({ subscribe: { 'com.example.notes': { databaseAlias: 'notes_cloud', id: 'sub-1' } } });
// @ts-expect-error the subscriptions are SubscribeId objects, not bare ids
expectAssignable<Pick<SubscribeInfo, 'subscribe'>>({ subscribe: { 'com.example.notes': ['sub-1'] } });
// @ts-expect-error the expiration time is a number
expectAssignable<Pick<SubscribeInfo, 'expirationTime'>>({ expirationTime: '7d' });
