import { ErrorCode } from './error-code';

/**
 * The device-cloud sync status codes under the name this package's users know them by: the very
 * same enum as {@link ErrorCode}, members and values included, so the two are interchangeable.
 *
 * @remarks
 * The platform module `@ohos.data.cloudExtension` exports only `ErrorCode`; `SyncStatus` exists
 * for type positions only (`import type { SyncStatus } from 'ohos-cloud-extension-types'`). For
 * the run-time values use `cloudExtension.ErrorCode` from the platform module.
 *
 * @since 11
 * @syscap SystemCapability.DistributedDataManager.CloudSync.Server
 * @systemapi
 */
export import SyncStatus = ErrorCode;
