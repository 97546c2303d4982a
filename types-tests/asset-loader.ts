/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type AssetLoader = cloudExtension.AssetLoader;
type CloudAsset = cloudExtension.CloudAsset;
type Result<T> = cloudExtension.Result<T>;

// The methods, exactly.
expectType<'download' | 'upload'>(null! as keyof AssetLoader);
expectAssignable<keyof AssetLoader>(null! as 'download' | 'upload');

// Each method's parameter list and return type (both directions, so a narrower or wider type fails).
expectType<[table: string, gid: string, prefix: string, assets: Array<CloudAsset>]>(null! as Parameters<AssetLoader['download']>);
expectAssignable<Parameters<AssetLoader['download']>>(null! as [table: string, gid: string, prefix: string, assets: Array<CloudAsset>]);
expectType<Promise<Array<Result<CloudAsset>>>>(null! as ReturnType<AssetLoader['download']>);
expectAssignable<ReturnType<AssetLoader['download']>>(null! as Promise<Array<Result<CloudAsset>>>);

expectType<[table: string, gid: string, assets: Array<CloudAsset>]>(null! as Parameters<AssetLoader['upload']>);
expectAssignable<Parameters<AssetLoader['upload']>>(null! as [table: string, gid: string, assets: Array<CloudAsset>]);
expectType<Promise<Array<Result<CloudAsset>>>>(null! as ReturnType<AssetLoader['upload']>);
expectAssignable<ReturnType<AssetLoader['upload']>>(null! as Promise<Array<Result<CloudAsset>>>);

// A complete vendor implementation compiles.
export class StampingAssetLoader implements AssetLoader {
  async download(table: string, gid: string, prefix: string, assets: Array<CloudAsset>): Promise<Array<Result<CloudAsset>>> {
    return assets.map((asset) => ({
      code: cloudExtension.ErrorCode.SUCCESS,
      value: { ...asset, path: `${prefix}/${table}/${gid}/${asset.name}` }
    }));
  }

  async upload(table: string, gid: string, assets: Array<CloudAsset>): Promise<Array<Result<CloudAsset>>> {
    return assets.map((asset) =>
      asset.size === '0'
        ? { code: cloudExtension.ErrorCode.NO_SPACE_FOR_ASSET, description: `${asset.name} is empty` }
        : {
            code: cloudExtension.ErrorCode.SUCCESS,
            value: { ...asset, assetId: `${table}/${gid}/${asset.name}`, hash: `${asset.modifyTime}_${asset.size}` }
          }
    );
  }
}
expectAssignable<AssetLoader>(new StampingAssetLoader());

// How the system calls it: every argument is required.
declare const loader: AssetLoader;
declare const asset: CloudAsset;
expectType<Promise<Array<Result<CloudAsset>>>>(loader.download('notes_cloud', 'row-1', 'cloud://bucket', [asset]));
// @ts-expect-error download needs the location prefix
loader.download('notes_cloud', 'row-1', [asset]);
// @ts-expect-error upload needs the row id
loader.upload('notes_cloud', [asset]);
// @ts-expect-error the assets come as a list
loader.upload('notes_cloud', 'row-1', asset);

// Vendor mistakes the compiler must catch.
// @ts-expect-error `upload` is missing
export declare class DownloadOnly implements AssetLoader {
  download: AssetLoader['download'];
}
// @ts-expect-error `upload` is missing
expectAssignable<AssetLoader>(null! as DownloadOnly);

export declare class WrongParameterType implements AssetLoader {
  download: AssetLoader['download'];
  // @ts-expect-error the row id is a string
  upload(table: string, gid: number, assets: Array<CloudAsset>): Promise<Array<Result<CloudAsset>>>;
}

export declare class WrongReturnType implements AssetLoader {
  // @ts-expect-error one result per asset, not the bare assets
  download(table: string, gid: string, prefix: string, assets: Array<CloudAsset>): Promise<Array<CloudAsset>>;
  // @ts-expect-error one result per asset, not one for all
  upload(table: string, gid: string, assets: Array<CloudAsset>): Promise<Result<Array<CloudAsset>>>;
}

export declare class UnwrappedPromise implements AssetLoader {
  // @ts-expect-error the results must come in a Promise
  download(table: string, gid: string, prefix: string, assets: Array<CloudAsset>): Array<Result<CloudAsset>>;
  upload: AssetLoader['upload'];
}
