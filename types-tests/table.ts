/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type Table = cloudExtension.Table;
type Field = cloudExtension.Field;

interface TableShape {
  alias: string;
  name: string;
  fields: Array<Field>;
}

expectType<TableShape>(null! as Table);
expectAssignable<Table>(null! as TableShape);
expectType<keyof TableShape>(null! as keyof Table);
expectAssignable<keyof Table>(null! as keyof TableShape);

declare const table: Table;
expectType<string>(table.alias);
expectType<string>(table.name);
expectType<Array<Field>>(table.fields);
expectAssignable<typeof table.fields>(null! as Array<Field>);

// Every member is required.
declare const field: Field;
expectAssignable<Table>({ alias: 'notes_cloud', name: 'notes', fields: [field] });
// @ts-expect-error `alias` is required
expectAssignable<Table>(null! as Omit<Table, 'alias'>);
// @ts-expect-error `name` is required
expectAssignable<Table>(null! as Omit<Table, 'name'>);
// @ts-expect-error `fields` is required
expectAssignable<Table>(null! as Omit<Table, 'fields'>);

// Wrong member types.
// @ts-expect-error `fields` is a list
expectAssignable<Pick<Table, 'fields'>>({ fields: field });
// @ts-expect-error `fields` lists Field objects, not column names
expectAssignable<Pick<Table, 'fields'>>({ fields: ['title'] });
// @ts-expect-error `name` is a string
expectAssignable<Pick<Table, 'name'>>({ name: 1 });
