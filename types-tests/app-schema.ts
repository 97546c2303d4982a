/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type AppSchema = cloudExtension.AppSchema;
type Database = cloudExtension.Database;

interface AppSchemaShape {
  bundleName: string;
  version: number;
  databases: Array<Database>;
}

expectType<AppSchemaShape>(null! as AppSchema);
expectAssignable<AppSchema>(null! as AppSchemaShape);
expectType<keyof AppSchemaShape>(null! as keyof AppSchema);
expectAssignable<keyof AppSchema>(null! as keyof AppSchemaShape);

declare const schema: AppSchema;
expectType<string>(schema.bundleName);
expectType<number>(schema.version);
expectType<Array<Database>>(schema.databases);
expectAssignable<typeof schema.databases>(null! as Array<Database>);

// A whole schema, nested down to the columns.
expectAssignable<AppSchema>({
  bundleName: 'com.example.notes',
  version: 1,
  databases: [
    {
      name: 'notes.db',
      alias: 'notes_cloud',
      tables: [
        {
          alias: 'notes_cloud',
          name: 'notes',
          fields: [
            { alias: 'title', colName: 'title', type: cloudExtension.FieldType.TEXT, primary: false, nullable: false },
            { alias: 'cover', colName: 'cover', type: cloudExtension.FieldType.ASSET, primary: false, nullable: true }
          ]
        }
      ]
    }
  ]
});

// Every member is required.
// @ts-expect-error `bundleName` is required
expectAssignable<AppSchema>(null! as Omit<AppSchema, 'bundleName'>);
// @ts-expect-error `version` is required
expectAssignable<AppSchema>(null! as Omit<AppSchema, 'version'>);
// @ts-expect-error `databases` is required
expectAssignable<AppSchema>(null! as Omit<AppSchema, 'databases'>);

// Wrong member types.
// @ts-expect-error the version is a number
expectAssignable<Pick<AppSchema, 'version'>>({ version: '1.0' });
// @ts-expect-error `databases` lists Database objects, not names
expectAssignable<Pick<AppSchema, 'databases'>>({ databases: ['notes.db'] });
