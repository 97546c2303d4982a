/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type CloudData = cloudExtension.CloudData;
type CloudType = cloudExtension.CloudType;

interface CloudDataShape {
  nextCursor: string;
  hasMore: boolean;
  values: Array<Record<string, CloudType>>;
}

expectType<CloudDataShape>(null! as CloudData);
expectAssignable<CloudData>(null! as CloudDataShape);
expectType<keyof CloudDataShape>(null! as keyof CloudData);
expectAssignable<keyof CloudData>(null! as keyof CloudDataShape);

declare const page: CloudData;
expectType<string>(page.nextCursor);
expectType<boolean>(page.hasMore);
expectType<Array<Record<string, CloudType>>>(page.values);
expectAssignable<typeof page.values>(null! as Array<Record<string, CloudType>>);
expectType<string>(null! as keyof (typeof page.values)[number]);
expectAssignable<keyof (typeof page.values)[number]>(null! as string);

// Every member is required.
expectAssignable<CloudData>({ nextCursor: 'cursor-2', hasMore: true, values: [{ title: 'note', words: 120, body: null }] });
expectAssignable<CloudData>({ nextCursor: '', hasMore: false, values: [] });
// @ts-expect-error `nextCursor` is required
expectAssignable<CloudData>(null! as Omit<CloudData, 'nextCursor'>);
// @ts-expect-error `hasMore` is required
expectAssignable<CloudData>(null! as Omit<CloudData, 'hasMore'>);
// @ts-expect-error `values` is required
expectAssignable<CloudData>(null! as Omit<CloudData, 'values'>);

// Wrong member types.
// @ts-expect-error `values` holds rows, not a single row
expectAssignable<Pick<CloudData, 'values'>>({ values: { title: 'note' } });
// @ts-expect-error row values are cloud values: no `undefined`
expectAssignable<Pick<CloudData, 'values'>>({ values: [{ title: undefined }] });
// @ts-expect-error `hasMore` is a boolean
expectAssignable<Pick<CloudData, 'hasMore'>>({ hasMore: 0 });
// @ts-expect-error the cursor is a string
expectAssignable<Pick<CloudData, 'nextCursor'>>({ nextCursor: 2 });
