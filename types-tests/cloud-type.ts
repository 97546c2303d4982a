/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import relationalStore from '@ohos.data.relationalStore';
import { expectAssignable, expectNotAssignable, expectType } from 'tsd';

type CloudType = cloudExtension.CloudType;
type CloudAsset = cloudExtension.CloudAsset;
type CloudAssets = cloudExtension.CloudAssets;

// The full union, no more and no less.
expectType<null | number | string | boolean | Uint8Array | CloudAsset | CloudAssets>(null! as CloudType);
expectAssignable<CloudType>(null! as null | number | string | boolean | Uint8Array | CloudAsset | CloudAssets);

// Each member on its own.
declare const asset: CloudAsset;
expectAssignable<CloudType>(null);
expectAssignable<CloudType>(42);
expectAssignable<CloudType>(0.5);
expectAssignable<CloudType>('text');
expectAssignable<CloudType>(false);
expectAssignable<CloudType>(new Uint8Array([1, 2, 3]));
expectAssignable<CloudType>(asset);
expectAssignable<CloudType>([asset]);
expectAssignable<CloudType>(null! as CloudAssets);

// A row is a record of cloud values.
expectAssignable<Record<string, CloudType>>({ title: 'note', pinned: true, words: 120, cover: asset, attachments: [asset], body: null });

// What is not a cloud value.
// @ts-expect-error `undefined` is not a cloud value (use `null`)
expectAssignable<CloudType>(undefined);
// @ts-expect-error no big integers
expectAssignable<CloudType>(null! as bigint);
// @ts-expect-error no dates
expectAssignable<CloudType>(null! as Date);
// @ts-expect-error no plain byte buffers
expectAssignable<CloudType>(null! as ArrayBuffer);
// @ts-expect-error no arrays of numbers
expectAssignable<CloudType>([1, 2]);
// @ts-expect-error a relational store asset lacks the cloud identity
expectAssignable<CloudType>(null! as relationalStore.Asset);
// @ts-expect-error no nested records
expectAssignable<CloudType>({ nested: 'value' });
expectNotAssignable<CloudType>(null! as symbol);
expectNotAssignable<CloudType>(null! as object);
