/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import { expectAssignable, expectType } from 'tsd';

type ExtensionValue = cloudExtension.ExtensionValue;
type Flag = cloudExtension.Flag;

interface ExtensionValueShape {
  readonly id: string;
  readonly createTime: number;
  readonly modifyTime: number;
  readonly operation: Flag;
}

expectType<ExtensionValueShape>(null! as ExtensionValue);
expectAssignable<ExtensionValue>(null! as ExtensionValueShape);
expectType<keyof ExtensionValueShape>(null! as keyof ExtensionValue);
expectAssignable<keyof ExtensionValue>(null! as keyof ExtensionValueShape);

declare const extension: ExtensionValue;
expectType<string>(extension.id);
expectType<number>(extension.createTime);
expectType<number>(extension.modifyTime);
expectType<Flag>(extension.operation);
expectAssignable<typeof extension.operation>(null! as Flag);

// Every member is read-only: the system fills them in.
// @ts-expect-error `id` is read-only
extension.id = 'row-2';
// @ts-expect-error `createTime` is read-only
extension.createTime = 0;
// @ts-expect-error `modifyTime` is read-only
extension.modifyTime = 0;
// @ts-expect-error `operation` is read-only
extension.operation = cloudExtension.Flag.DELETE;

// Every member is required.
expectAssignable<ExtensionValue>({
  id: 'row-1',
  createTime: 1700000000000,
  modifyTime: 1700000000000,
  operation: cloudExtension.Flag.INSERT
});
// @ts-expect-error `id` is required
expectAssignable<ExtensionValue>(null! as Omit<ExtensionValue, 'id'>);
// @ts-expect-error `createTime` is required
expectAssignable<ExtensionValue>(null! as Omit<ExtensionValue, 'createTime'>);
// @ts-expect-error `modifyTime` is required
expectAssignable<ExtensionValue>(null! as Omit<ExtensionValue, 'modifyTime'>);
// @ts-expect-error `operation` is required
expectAssignable<ExtensionValue>(null! as Omit<ExtensionValue, 'operation'>);

// Wrong member types: the operation is a Flag, not another enum or a name.
// @ts-expect-error a FieldType is not a Flag
expectAssignable<Pick<ExtensionValue, 'operation'>>({ operation: cloudExtension.FieldType.TEXT });
// @ts-expect-error operation names are not Flag values
expectAssignable<Pick<ExtensionValue, 'operation'>>({ operation: 'INSERT' });
// @ts-expect-error times are numbers
expectAssignable<Pick<ExtensionValue, 'createTime'>>({ createTime: '2024-01-01' });
// @ts-expect-error the id is a string
expectAssignable<Pick<ExtensionValue, 'id'>>({ id: 1 });
