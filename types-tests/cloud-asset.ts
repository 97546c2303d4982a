/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import relationalStore from '@ohos.data.relationalStore';
import { expectAssignable, expectNotAssignable, expectType } from 'tsd';

type CloudAsset = cloudExtension.CloudAsset;
type CloudAssets = cloudExtension.CloudAssets;
type AssetStatus = relationalStore.AssetStatus;

interface CloudAssetShape {
  name: string;
  uri: string;
  path: string;
  createTime: string;
  modifyTime: string;
  size: string;
  status?: AssetStatus;
  assetId: string;
  hash: string;
}

// CloudAsset: the relational store's Asset plus `assetId` and `hash`, all mutable.
expectType<CloudAssetShape>(null! as CloudAsset);
expectAssignable<CloudAsset>(null! as CloudAssetShape);
expectType<keyof CloudAssetShape>(null! as keyof CloudAsset);
expectAssignable<keyof CloudAsset>(null! as keyof CloudAssetShape);

declare const asset: CloudAsset;
expectType<string>(asset.name);
expectType<string>(asset.uri);
expectType<string>(asset.path);
expectType<string>(asset.createTime);
expectType<string>(asset.modifyTime);
expectType<string>(asset.size);
expectType<AssetStatus | undefined>(asset.status);
expectType<string>(asset.assetId);
expectType<string>(asset.hash);

// It is a relational store asset, and a plain asset is not a cloud asset.
expectAssignable<relationalStore.Asset>(asset);
// @ts-expect-error a relational store asset lacks `assetId` and `hash`
expectAssignable<CloudAsset>(null! as relationalStore.Asset);

// Optionality: only `status` may be left out.
expectAssignable<CloudAsset>({
  name: 'photo.jpg',
  uri: 'file://media/Photo/1/photo.jpg',
  path: '/data/storage/el2/base/photo.jpg',
  createTime: '1700000000000',
  modifyTime: '1700000000000',
  size: '204800',
  assetId: 'asset-1',
  hash: '1700000000000_204800'
});
expectAssignable<CloudAsset>(null! as Omit<CloudAsset, 'status'>);
// @ts-expect-error `name` is required
expectAssignable<CloudAsset>(null! as Omit<CloudAsset, 'name'>);
// @ts-expect-error `uri` is required
expectAssignable<CloudAsset>(null! as Omit<CloudAsset, 'uri'>);
// @ts-expect-error `path` is required
expectAssignable<CloudAsset>(null! as Omit<CloudAsset, 'path'>);
// @ts-expect-error `createTime` is required
expectAssignable<CloudAsset>(null! as Omit<CloudAsset, 'createTime'>);
// @ts-expect-error `modifyTime` is required
expectAssignable<CloudAsset>(null! as Omit<CloudAsset, 'modifyTime'>);
// @ts-expect-error `size` is required
expectAssignable<CloudAsset>(null! as Omit<CloudAsset, 'size'>);
// @ts-expect-error `assetId` is required
expectAssignable<CloudAsset>(null! as Omit<CloudAsset, 'assetId'>);
// @ts-expect-error `hash` is required
expectAssignable<CloudAsset>(null! as Omit<CloudAsset, 'hash'>);

// The loader fills in `assetId` and `hash` on the objects it gets.
asset.assetId = 'asset-2';
asset.hash = '1700000000001_204801';
asset.status = relationalStore.AssetStatus.ASSET_NORMAL;

// Wrong member types.
// @ts-expect-error sizes are strings
expectAssignable<Pick<CloudAsset, 'size'>>({ size: 204800 });
// @ts-expect-error `status` is an AssetStatus, not a sync code
expectAssignable<Pick<CloudAsset, 'status'>>({ status: cloudExtension.ErrorCode.SUCCESS });
expectNotAssignable<Pick<CloudAsset, 'hash'>>({ hash: 1 });

// CloudAssets: an array of cloud assets.
expectType<Array<CloudAsset>>(null! as CloudAssets);
expectAssignable<CloudAssets>(null! as Array<CloudAsset>);
expectAssignable<CloudAssets>([asset, asset]);
expectAssignable<CloudAssets>([]);
expectAssignable<relationalStore.Assets>(null! as CloudAssets);
// @ts-expect-error relational store assets lack the cloud identity
expectAssignable<CloudAssets>(null! as relationalStore.Assets);
// @ts-expect-error a single asset is not a list
expectAssignable<CloudAssets>(asset);
