import type { CloudAsset, CloudAssets } from './cloud-asset';

/**
 * Every kind of value a cloud column (or an {@link ExtensionValue} field) can hold: SQL `NULL`,
 * a number, text, a boolean, a binary blob, one asset or a list of assets.
 *
 * @remarks
 * Rows travel between the device and the extension as `Record<string, CloudType>`, keyed by
 * column name. Which member a column holds is given by the `type` of its {@link Field}.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export type CloudType = null | number | string | boolean | Uint8Array | CloudAsset | CloudAssets;
