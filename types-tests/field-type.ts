/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectNotAssignable, expectType } from 'tsd';

type FieldType = cloudExtension.FieldType;

// The members, exactly.
expectType<'NULL' | 'NUMBER' | 'REAL' | 'TEXT' | 'BOOL' | 'BLOB' | 'ASSET' | 'ASSETS'>(null! as keyof typeof cloudExtension.FieldType);
expectAssignable<keyof typeof cloudExtension.FieldType>(
  null! as 'NULL' | 'NUMBER' | 'REAL' | 'TEXT' | 'BOOL' | 'BLOB' | 'ASSET' | 'ASSETS'
);
// The enum type is the union of its members.
type FieldTypeMember =
  | cloudExtension.FieldType.NULL
  | cloudExtension.FieldType.NUMBER
  | cloudExtension.FieldType.REAL
  | cloudExtension.FieldType.TEXT
  | cloudExtension.FieldType.BOOL
  | cloudExtension.FieldType.BLOB
  | cloudExtension.FieldType.ASSET
  | cloudExtension.FieldType.ASSETS;
expectAssignable<FieldTypeMember>(null! as FieldType);
expectAssignable<FieldType>(null! as FieldTypeMember);

// The values (an enum member is assignable to its own numeric literal and to no other).
expectAssignable<0>(cloudExtension.FieldType.NULL);
expectAssignable<1>(cloudExtension.FieldType.NUMBER);
expectAssignable<2>(cloudExtension.FieldType.REAL);
expectAssignable<3>(cloudExtension.FieldType.TEXT);
expectAssignable<4>(cloudExtension.FieldType.BOOL);
expectAssignable<5>(cloudExtension.FieldType.BLOB);
expectAssignable<6>(cloudExtension.FieldType.ASSET);
expectAssignable<7>(cloudExtension.FieldType.ASSETS);
// @ts-expect-error REAL is 2
expectAssignable<1>(cloudExtension.FieldType.REAL);
// @ts-expect-error ASSETS is 7
expectAssignable<6>(cloudExtension.FieldType.ASSETS);

// A regular numeric enum: an object at run time, its members numbers.
expectType<typeof cloudExtension.FieldType>(cloudExtension.FieldType);
expectAssignable<number>(null! as FieldType);
expectType<cloudExtension.FieldType.TEXT>(cloudExtension.FieldType.TEXT);

// Other enums and raw strings are not field types.
// @ts-expect-error a Flag is not a FieldType
expectAssignable<FieldType>(cloudExtension.Flag.INSERT);
// @ts-expect-error an ErrorCode is not a FieldType
expectAssignable<FieldType>(cloudExtension.ErrorCode.SUCCESS);
// @ts-expect-error member names are not values
expectAssignable<FieldType>('TEXT');
expectNotAssignable<FieldType>(cloudExtension.Flag.DELETE);
