/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type Field = cloudExtension.Field;
type FieldType = cloudExtension.FieldType;

interface FieldShape {
  alias: string;
  colName: string;
  type: FieldType;
  primary: boolean;
  nullable: boolean;
}

expectType<FieldShape>(null! as Field);
expectAssignable<Field>(null! as FieldShape);
expectType<keyof FieldShape>(null! as keyof Field);
expectAssignable<keyof Field>(null! as keyof FieldShape);

declare const field: Field;
expectType<string>(field.alias);
expectType<string>(field.colName);
expectType<FieldType>(field.type);
expectAssignable<typeof field.type>(null! as FieldType);
expectType<boolean>(field.primary);
expectType<boolean>(field.nullable);

// Every member is required.
expectAssignable<Field>({ alias: 'title', colName: 'title', type: cloudExtension.FieldType.TEXT, primary: false, nullable: true });
// @ts-expect-error `alias` is required
expectAssignable<Field>(null! as Omit<Field, 'alias'>);
// @ts-expect-error `colName` is required
expectAssignable<Field>(null! as Omit<Field, 'colName'>);
// @ts-expect-error `type` is required
expectAssignable<Field>(null! as Omit<Field, 'type'>);
// @ts-expect-error `primary` is required
expectAssignable<Field>(null! as Omit<Field, 'primary'>);
// @ts-expect-error `nullable` is required
expectAssignable<Field>(null! as Omit<Field, 'nullable'>);

// Wrong member types: the column type is a FieldType, not another enum or a name.
// @ts-expect-error a Flag is not a FieldType
expectAssignable<Field>({ alias: 'title', colName: 'title', type: cloudExtension.Flag.INSERT, primary: false, nullable: true });
// @ts-expect-error type names are not FieldType values
expectAssignable<Pick<Field, 'type'>>({ type: 'TEXT' });
// @ts-expect-error `primary` is a boolean
expectAssignable<Pick<Field, 'primary'>>({ primary: 1 });
// @ts-expect-error `nullable` is a boolean
expectAssignable<Pick<Field, 'nullable'>>({ nullable: 'yes' });
