/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import cloudData from '@ohos.data.cloudData';
import { expectAssignable, expectNotAssignable, expectType } from 'tsd';

type ErrorCode = cloudExtension.ErrorCode;

type ErrorCodeName =
  'SUCCESS' | 'UNKNOWN_ERROR' | 'NETWORK_ERROR' | 'CLOUD_DISABLED' | 'LOCKED_BY_OTHERS' | 'RECORD_LIMIT_EXCEEDED' | 'NO_SPACE_FOR_ASSET';

// The members, exactly.
expectType<ErrorCodeName>(null! as keyof typeof cloudExtension.ErrorCode);
expectAssignable<keyof typeof cloudExtension.ErrorCode>(null! as ErrorCodeName);
// The enum type is the union of its members.
type ErrorCodeMember =
  | cloudExtension.ErrorCode.SUCCESS
  | cloudExtension.ErrorCode.UNKNOWN_ERROR
  | cloudExtension.ErrorCode.NETWORK_ERROR
  | cloudExtension.ErrorCode.CLOUD_DISABLED
  | cloudExtension.ErrorCode.LOCKED_BY_OTHERS
  | cloudExtension.ErrorCode.RECORD_LIMIT_EXCEEDED
  | cloudExtension.ErrorCode.NO_SPACE_FOR_ASSET;
expectAssignable<ErrorCodeMember>(null! as ErrorCode);
expectAssignable<ErrorCode>(null! as ErrorCodeMember);

// The values (an enum member is assignable to its own numeric literal and to no other).
expectAssignable<0>(cloudExtension.ErrorCode.SUCCESS);
expectAssignable<1>(cloudExtension.ErrorCode.UNKNOWN_ERROR);
expectAssignable<2>(cloudExtension.ErrorCode.NETWORK_ERROR);
expectAssignable<3>(cloudExtension.ErrorCode.CLOUD_DISABLED);
expectAssignable<4>(cloudExtension.ErrorCode.LOCKED_BY_OTHERS);
expectAssignable<5>(cloudExtension.ErrorCode.RECORD_LIMIT_EXCEEDED);
expectAssignable<6>(cloudExtension.ErrorCode.NO_SPACE_FOR_ASSET);
// @ts-expect-error LOCKED_BY_OTHERS is 4
expectAssignable<3>(cloudExtension.ErrorCode.LOCKED_BY_OTHERS);
// @ts-expect-error SUCCESS is 0
expectAssignable<1>(cloudExtension.ErrorCode.SUCCESS);

// A regular numeric enum: an object at run time, its members numbers, usable as a result code.
expectType<typeof cloudExtension.ErrorCode>(cloudExtension.ErrorCode);
expectAssignable<number>(null! as ErrorCode);
expectType<cloudExtension.ErrorCode.CLOUD_DISABLED>(cloudExtension.ErrorCode.CLOUD_DISABLED);
expectAssignable<cloudExtension.Result<void>>({ code: cloudExtension.ErrorCode.RECORD_LIMIT_EXCEEDED });

// Other enums and raw strings are not error codes.
// @ts-expect-error a Flag is not an ErrorCode
expectAssignable<ErrorCode>(cloudExtension.Flag.INSERT);
// @ts-expect-error a FieldType is not an ErrorCode
expectAssignable<ErrorCode>(cloudExtension.FieldType.NULL);
// @ts-expect-error a sharing code is not an ErrorCode, even with the same value
expectAssignable<ErrorCode>(cloudData.sharing.SharingCode.SUCCESS);
// @ts-expect-error member names are not values
expectAssignable<ErrorCode>('SUCCESS');
expectNotAssignable<ErrorCode>(cloudExtension.FieldType.TEXT);
