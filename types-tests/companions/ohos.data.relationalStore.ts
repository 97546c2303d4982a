/// <reference types="ohos-cloud-extension-types" />
import relationalStore from '@ohos.data.relationalStore';
import { expectAssignable, expectNotAssignable, expectType } from 'tsd';

type Asset = relationalStore.Asset;
type AssetStatus = relationalStore.AssetStatus;

// The subset's run-time values: one enum.
expectType<'AssetStatus'>(null! as keyof typeof relationalStore);

// AssetStatus: its members, exactly.
type AssetStatusName = 'ASSET_NORMAL' | 'ASSET_INSERT' | 'ASSET_UPDATE' | 'ASSET_DELETE' | 'ASSET_ABNORMAL' | 'ASSET_DOWNLOADING';
expectType<AssetStatusName>(null! as keyof typeof relationalStore.AssetStatus);
expectAssignable<keyof typeof relationalStore.AssetStatus>(null! as AssetStatusName);
// Like the SDK's, the members have no initializers. In a declaration file that makes them computed
// members: numbers (0 to 5 at run time) whose values the type checker does not know, so it accepts
// any number for them. A member given a literal value would reject 1000 (TypeScript 5.0+).
expectAssignable<number>(relationalStore.AssetStatus.ASSET_NORMAL);
expectAssignable<AssetStatus>(relationalStore.AssetStatus.ASSET_DOWNLOADING);
expectAssignable<typeof relationalStore.AssetStatus.ASSET_NORMAL>(1000);
expectAssignable<typeof relationalStore.AssetStatus.ASSET_INSERT>(1000);
expectAssignable<typeof relationalStore.AssetStatus.ASSET_UPDATE>(1000);
expectAssignable<typeof relationalStore.AssetStatus.ASSET_DELETE>(1000);
expectAssignable<typeof relationalStore.AssetStatus.ASSET_ABNORMAL>(1000);
expectAssignable<typeof relationalStore.AssetStatus.ASSET_DOWNLOADING>(1000);
expectType<typeof relationalStore.AssetStatus>(relationalStore.AssetStatus);
// @ts-expect-error status names are not values
expectAssignable<AssetStatus>('ASSET_NORMAL');

// Asset: six required strings and an optional status.
interface AssetShape {
  name: string;
  uri: string;
  path: string;
  createTime: string;
  modifyTime: string;
  size: string;
  status?: AssetStatus;
}
expectType<AssetShape>(null! as Asset);
expectAssignable<Asset>(null! as AssetShape);
expectType<keyof AssetShape>(null! as keyof Asset);
expectAssignable<keyof Asset>(null! as keyof AssetShape);

declare const asset: Asset;
expectType<string>(asset.name);
expectType<string>(asset.uri);
expectType<string>(asset.path);
expectType<string>(asset.createTime);
expectType<string>(asset.modifyTime);
expectType<string>(asset.size);
expectType<AssetStatus | undefined>(asset.status);

expectAssignable<Asset>({ name: 'a.jpg', uri: 'file://a.jpg', path: '/data/a.jpg', createTime: '1', modifyTime: '2', size: '3' });
expectAssignable<Asset>(null! as Omit<Asset, 'status'>);
// @ts-expect-error `name` is required
expectAssignable<Asset>(null! as Omit<Asset, 'name'>);
// @ts-expect-error `uri` is required
expectAssignable<Asset>(null! as Omit<Asset, 'uri'>);
// @ts-expect-error `path` is required
expectAssignable<Asset>(null! as Omit<Asset, 'path'>);
// @ts-expect-error `createTime` is required
expectAssignable<Asset>(null! as Omit<Asset, 'createTime'>);
// @ts-expect-error `modifyTime` is required
expectAssignable<Asset>(null! as Omit<Asset, 'modifyTime'>);
// @ts-expect-error `size` is required
expectAssignable<Asset>(null! as Omit<Asset, 'size'>);
// @ts-expect-error times are strings
expectAssignable<Pick<Asset, 'createTime'>>({ createTime: 1 });
expectNotAssignable<Pick<Asset, 'size'>>({ size: 3 });

// Assets: an array of assets.
expectType<Array<Asset>>(null! as relationalStore.Assets);
expectAssignable<relationalStore.Assets>(null! as Array<Asset>);
// @ts-expect-error a single asset is not a list
expectAssignable<relationalStore.Assets>(asset);
