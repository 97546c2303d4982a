/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type SubscribeId = cloudExtension.SubscribeId;

interface SubscribeIdShape {
  databaseAlias: string;
  id: string;
}

expectType<SubscribeIdShape>(null! as SubscribeId);
expectAssignable<SubscribeId>(null! as SubscribeIdShape);
expectType<keyof SubscribeIdShape>(null! as keyof SubscribeId);
expectAssignable<keyof SubscribeId>(null! as keyof SubscribeIdShape);

declare const subscription: SubscribeId;
expectType<string>(subscription.databaseAlias);
expectType<string>(subscription.id);

// Every member is required.
expectAssignable<SubscribeId>({ databaseAlias: 'notes_cloud', id: 'sub-1' });
// @ts-expect-error `databaseAlias` is required
expectAssignable<SubscribeId>(null! as Omit<SubscribeId, 'databaseAlias'>);
// @ts-expect-error `id` is required
expectAssignable<SubscribeId>(null! as Omit<SubscribeId, 'id'>);

// Wrong member types.
// @ts-expect-error the subscription id is a string
expectAssignable<SubscribeId>({ databaseAlias: 'notes_cloud', id: 1 });
// @ts-expect-error the alias is a string
expectAssignable<SubscribeId>({ databaseAlias: null, id: 'sub-1' });
