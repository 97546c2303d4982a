import type { ErrorCode, Result, SyncStatus } from 'ohos-cloud-extension-types';
import { expectAssignable, expectType } from 'tsd';

// SyncStatus is ErrorCode under another name: the same enum, both ways.
expectType<ErrorCode>(null! as SyncStatus);
expectType<SyncStatus>(null! as ErrorCode);
expectType<typeof ErrorCode>(null! as typeof SyncStatus);
expectType<typeof SyncStatus>(null! as typeof ErrorCode);

// Its members are ErrorCode's members, usable in type positions from the package root.
expectType<ErrorCode.SUCCESS>(null! as SyncStatus.SUCCESS);
expectType<ErrorCode.UNKNOWN_ERROR>(null! as SyncStatus.UNKNOWN_ERROR);
expectType<ErrorCode.NETWORK_ERROR>(null! as SyncStatus.NETWORK_ERROR);
expectType<ErrorCode.CLOUD_DISABLED>(null! as SyncStatus.CLOUD_DISABLED);
expectType<ErrorCode.LOCKED_BY_OTHERS>(null! as SyncStatus.LOCKED_BY_OTHERS);
expectType<ErrorCode.RECORD_LIMIT_EXCEEDED>(null! as SyncStatus.RECORD_LIMIT_EXCEEDED);
expectType<ErrorCode.NO_SPACE_FOR_ASSET>(null! as SyncStatus.NO_SPACE_FOR_ASSET);
type SyncStatusName =
  'SUCCESS' | 'UNKNOWN_ERROR' | 'NETWORK_ERROR' | 'CLOUD_DISABLED' | 'LOCKED_BY_OTHERS' | 'RECORD_LIMIT_EXCEEDED' | 'NO_SPACE_FOR_ASSET';
expectType<SyncStatusName>(null! as keyof typeof SyncStatus);
expectAssignable<keyof typeof SyncStatus>(null! as SyncStatusName);

// With the same values.
expectAssignable<0>(null! as SyncStatus.SUCCESS);
expectAssignable<1>(null! as SyncStatus.UNKNOWN_ERROR);
expectAssignable<2>(null! as SyncStatus.NETWORK_ERROR);
expectAssignable<3>(null! as SyncStatus.CLOUD_DISABLED);
expectAssignable<4>(null! as SyncStatus.LOCKED_BY_OTHERS);
expectAssignable<5>(null! as SyncStatus.RECORD_LIMIT_EXCEEDED);
expectAssignable<6>(null! as SyncStatus.NO_SPACE_FOR_ASSET);
// @ts-expect-error NETWORK_ERROR is 2
expectAssignable<3>(null! as SyncStatus.NETWORK_ERROR);

// Interchangeable with ErrorCode wherever a status goes.
declare function report(status: SyncStatus): Result<void>;
declare const code: ErrorCode;
expectType<Result<void>>(report(code));
expectAssignable<ErrorCode>(null! as SyncStatus.LOCKED_BY_OTHERS);
expectAssignable<SyncStatus>(null! as ErrorCode.LOCKED_BY_OTHERS);

// A type only: the package has no run-time values.
// @ts-expect-error imported with `import type` (the value is `cloudExtension.ErrorCode` on the device)
expectAssignable<number>(SyncStatus.SUCCESS);
