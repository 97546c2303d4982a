/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type Database = cloudExtension.Database;
type Table = cloudExtension.Table;

interface DatabaseShape {
  name: string;
  alias: string;
  tables: Array<Table>;
}

expectType<DatabaseShape>(null! as Database);
expectAssignable<Database>(null! as DatabaseShape);
expectType<keyof DatabaseShape>(null! as keyof Database);
expectAssignable<keyof Database>(null! as keyof DatabaseShape);

declare const database: Database;
expectType<string>(database.name);
expectType<string>(database.alias);
expectType<Array<Table>>(database.tables);
expectAssignable<typeof database.tables>(null! as Array<Table>);

// Every member is required.
declare const table: Table;
expectAssignable<Database>({ name: 'notes.db', alias: 'notes_cloud', tables: [table] });
// @ts-expect-error `name` is required
expectAssignable<Database>(null! as Omit<Database, 'name'>);
// @ts-expect-error `alias` is required
expectAssignable<Database>(null! as Omit<Database, 'alias'>);
// @ts-expect-error `tables` is required
expectAssignable<Database>(null! as Omit<Database, 'tables'>);

// Wrong member types.
// @ts-expect-error `tables` is a list
expectAssignable<Pick<Database, 'tables'>>({ tables: table });
// @ts-expect-error `tables` lists Table objects, not table names
expectAssignable<Pick<Database, 'tables'>>({ tables: ['notes'] });
// @ts-expect-error `alias` is a string
expectAssignable<Pick<Database, 'alias'>>({ alias: null });
