/// <reference types="ohos-cloud-extension-types" />
import cloudExtension from '@ohos.data.cloudExtension';
import cloudData from '@ohos.data.cloudData';
import { expectAssignable, expectNotAssignable, expectType } from 'tsd';

type Result<T> = cloudExtension.Result<T>;
type CloudType = cloudExtension.CloudType;
type CloudData = cloudExtension.CloudData;
type LockInfo = cloudExtension.LockInfo;

// The whole shape: `code` required, `description` and `value` optional, nothing else.
expectType<{ code: number; description?: string; value?: Array<string> }>(null! as Result<Array<string>>);
expectAssignable<Result<Array<string>>>(null! as { code: number; description?: string; value?: Array<string> });
expectType<'code' | 'description' | 'value'>(null! as keyof Result<unknown>);
expectAssignable<keyof Result<unknown>>(null! as 'code' | 'description' | 'value');

// Member types, for every `T` the API uses.
declare const ids: Result<Array<string>>;
expectType<number>(ids.code);
expectType<string | undefined>(ids.description);
expectType<Array<string> | undefined>(ids.value);

declare const nothing: Result<void>;
expectType<number>(nothing.code);
expectType<void | undefined>(nothing.value);

declare const page: Result<CloudData>;
expectType<CloudData | undefined>(page.value);
expectAssignable<typeof page.value>(null! as CloudData | undefined);

declare const lock: Result<LockInfo>;
expectType<LockInfo | undefined>(lock.value);
expectAssignable<typeof lock.value>(null! as LockInfo | undefined);

declare const unlocked: Result<boolean>;
expectType<boolean | undefined>(unlocked.value);
expectAssignable<typeof unlocked.value>(null! as boolean | undefined);

declare const row: Result<Record<string, CloudType>>;
expectType<Record<string, CloudType> | undefined>(row.value);
expectAssignable<typeof row.value>(null! as Record<string, CloudType> | undefined);

// Optionality: only `code` must be present.
expectAssignable<Result<string>>({ code: 0 });
expectAssignable<Result<string>>({ code: 0, description: 'ok', value: 'id-1' });
expectAssignable<Result<void>>({ code: cloudExtension.ErrorCode.SUCCESS });
expectAssignable<Result<string>>(null! as Omit<Result<string>, 'description'>);
expectAssignable<Result<string>>(null! as Omit<Result<string>, 'value'>);
// @ts-expect-error `code` is required
expectAssignable<Result<string>>(null! as Omit<Result<string>, 'code'>);
// @ts-expect-error a result without `code`
expectAssignable<Result<Array<string>>>({ description: 'done', value: ['a'] });
expectNotAssignable<Result<string>>({ value: 'id-1' });

// `code` is a plain number: the sync codes and the sharing codes both fit.
expectAssignable<Result<string>>({ code: cloudExtension.ErrorCode.NETWORK_ERROR });
expectAssignable<Result<string>>({ code: cloudData.sharing.SharingCode.CUSTOM_ERROR });

// Wrong member types.
// @ts-expect-error `code` is a number, not a string
expectAssignable<Result<string>>({ code: '0' });
// @ts-expect-error `description` is a string
expectAssignable<Result<string>>({ code: 0, description: 404 });
// @ts-expect-error `value` has the type argument's type
expectAssignable<Result<number>>({ code: 0, value: 'one' });
// @ts-expect-error a list result needs a list
expectAssignable<Result<Array<string>>>({ code: 0, value: 'id-1' });
// @ts-expect-error the type argument is required
expectAssignable<cloudExtension.Result>({ code: 0 });
