/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectNotAssignable, expectType } from 'tsd';

type Flag = cloudExtension.Flag;

// The members, exactly.
expectType<'INSERT' | 'UPDATE' | 'DELETE'>(null! as keyof typeof cloudExtension.Flag);
expectAssignable<keyof typeof cloudExtension.Flag>(null! as 'INSERT' | 'UPDATE' | 'DELETE');
// The enum type is the union of its members.
expectAssignable<cloudExtension.Flag.INSERT | cloudExtension.Flag.UPDATE | cloudExtension.Flag.DELETE>(null! as Flag);
expectAssignable<Flag>(null! as cloudExtension.Flag.INSERT | cloudExtension.Flag.UPDATE | cloudExtension.Flag.DELETE);

// The values (an enum member is assignable to its own numeric literal and to no other).
expectAssignable<0>(cloudExtension.Flag.INSERT);
expectAssignable<1>(cloudExtension.Flag.UPDATE);
expectAssignable<2>(cloudExtension.Flag.DELETE);
// @ts-expect-error UPDATE is 1
expectAssignable<0>(cloudExtension.Flag.UPDATE);
// @ts-expect-error DELETE is 2
expectAssignable<1>(cloudExtension.Flag.DELETE);

// A regular numeric enum: an object at run time, its members numbers.
expectType<typeof cloudExtension.Flag>(cloudExtension.Flag);
expectAssignable<number>(null! as Flag);
expectType<cloudExtension.Flag.DELETE>(cloudExtension.Flag.DELETE);

// Other enums and raw strings are not flags.
// @ts-expect-error a FieldType is not a Flag
expectAssignable<Flag>(cloudExtension.FieldType.TEXT);
// @ts-expect-error an ErrorCode is not a Flag
expectAssignable<Flag>(cloudExtension.ErrorCode.SUCCESS);
// @ts-expect-error member names are not values
expectAssignable<Flag>('INSERT');
expectNotAssignable<Flag>(cloudExtension.FieldType.NULL);
