/**
 * `@ohos.data.relationalStore` at run time, as far as a cloud extension needs it: `AssetStatus`
 * with the numbers the device's module really has.
 *
 * The device numbers the statuses from 1 (relational_store frameworks/js/napi/relationalstore/
 * src/napi_rdb_const_properties.cpp:239-256 takes them from interfaces/inner_api/rdb/include/
 * asset_value.h:21-31, where 0 is STATUS_UNKNOWN), so `ASSET_NORMAL` is 1 at run time. The rest of
 * the module (stores, predicates, other enums) is not provided.
 *
 * @packageDocumentation
 */

/** The status of an asset (napi_rdb_const_properties.cpp:247-253; asset_value.h:21-31). */
const AssetStatus = Object.freeze({
  /** In sync. */
  ASSET_NORMAL: 1,
  /** To be inserted in the cloud. */
  ASSET_INSERT: 2,
  /** To be updated in the cloud. */
  ASSET_UPDATE: 3,
  /** To be deleted from the cloud. */
  ASSET_DELETE: 4,
  /** Abnormal. */
  ASSET_ABNORMAL: 5,
  /** Being downloaded. */
  ASSET_DOWNLOADING: 6,
  /** To be downloaded. */
  ASSET_TO_DOWNLOAD: 7
} as const);

/** The `@ohos.data.relationalStore` module object. */
const relationalStore = {
  AssetStatus
};

declare namespace relationalStore {
  /** A value of `AssetStatus`. */
  type AssetStatus = (typeof AssetStatus)[keyof typeof AssetStatus];
}

// Never runs: it names the exports where Node's ESM loader finds them in a CommonJS file (it
// reads the source, cjs-module-lexer), so that an ES module can write
// `import { AssetStatus } from '@ohos.data.relationalStore'`, as the typings allow.
// Keep it in step with the module object.
if (0 as number) (exports as Record<string, unknown>).AssetStatus = undefined;

export = relationalStore;
